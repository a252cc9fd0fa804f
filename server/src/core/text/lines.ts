/**
 * The lines of a document by their UTF-16 offsets. Every range in the product is a pair of JS string
 * offsets (UTF-16 code units), so an LSP position is always `TextDocument.positionAt(offset)`.
 *
 * Offsets are kept in typed arrays, not in an object per line: a document's structures live as long as it
 * is open, and V8's young-generation collector copies every live object (twice, before promoting it) — on
 * 10 MB that copying was a third of a parse. A line's text is sliced when asked for.
 */
export class LineTable {
  /** The number of lines: one more than the line breaks. */
  readonly length: number;
  /** Offset of each line's first character. */
  private readonly starts: Int32Array;
  /** Offset just past each line's last character, before its line break. */
  private readonly ends: Int32Array;

  /**
   * Splits on \r\n, \n and lone \r, as editors do. A leading BOM stays in line 0's text. Line breaks are
   * found with indexOf (native scanning), a fraction of the cost of a per-character loop.
   */
  constructor(readonly text: string) {
    const n = text.length;
    // Reports average some 200 UTF-16 units a line; the arrays double when a text has shorter lines.
    let starts = new Int32Array(Math.max(16, (n >> 6) + 1));
    let ends = new Int32Array(starts.length);
    let count = 0;
    let start = 0;
    // The next \r and the next \n are each searched for again only once passed: one far-off \r (or \n, in a
    // text of lone CRs) must not make each line's search run to it (quadratic on a large file).
    let r = text.indexOf('\r');
    let nl = text.indexOf('\n');
    for (;;) {
      if (nl >= 0 && nl < start) nl = text.indexOf('\n', start);
      let i = nl;
      if (r >= 0 && r < start) r = text.indexOf('\r', start);
      if (r >= 0 && (i < 0 || r < i)) i = r;
      if (count === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
      }
      starts[count] = start;
      if (i < 0) {
        ends[count++] = n;
        break;
      }
      ends[count++] = i;
      start = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    this.length = count;
    this.starts = starts;
    this.ends = ends;
  }

  /** Offset of the first character of line i. */
  start(i: number): number {
    return this.starts[i];
  }

  /** Offset just past the last character of line i, before the line break. */
  end(i: number): number {
    return this.ends[i];
  }

  /** Offset just past line i's line break (its end, on the last line). */
  next(i: number): number {
    return i + 1 < this.length ? this.starts[i + 1] : this.ends[i];
  }

  /** The text of line i, without its line break. */
  lineText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The 0-based line holding an offset (binary search over line starts). */
  lineAt(offset: number): number {
    return Math.max(0, lastAtOrBefore(this.starts, this.length, offset));
  }
}

/**
 * In the first `length` entries of ascending `starts`, the last one at or before `offset` (a binary search);
 * -1 when all are after it. Lines, paragraphs and checked blocks are found by their starts so.
 */
export function lastAtOrBefore(starts: Int32Array, length: number, offset: number): number {
  let lo = 0, hi = length - 1, hit = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      hit = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return hit;
}

/** A copy of `a` with twice the room, for offsets collected in typed arrays. */
export function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The UTF-16 codes of some characters, for tests by code (text[i] would allocate a string per character). */
export function codeSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** JavaScript's \s (WhiteSpace and LineTerminator), as a test of one UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/**
 * The indentation before a marker: spaces, tabs, U+3000, NBSP, the BOM (all of \\s). Counted without a regex,
 * whose match array was allocated for every indented line.
 */
export function leadingSpaceLength(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The spaces a line's body leaves out at its end: space, tab, U+3000, NBSP, VT, FF, the BOM. */
export function isTrailingSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff;
}

/** CJK ideographs (BMP and the supplementary planes' extension blocks). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f) || c === 0x3007;
}

/** Full-width punctuation that belongs to Chinese running text. */
export const CHINESE_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—·「」『』';

export function isChinesePunctuation(ch: string | undefined): boolean {
  return !!ch && CHINESE_PUNCTUATION.includes(ch);
}

/** Sentence-closing marks: a paragraph that ends with one of these is complete (GB/T 15834 4.1-4.3). */
export const CLOSING_MARKS = '。！？；：…!?;:';
/** Closing quotes and brackets: a sentence may end inside them (GB/T 15834 5.1.3). */
export const CLOSING_WRAPPERS = '”’）)》〉】」』〕]';
