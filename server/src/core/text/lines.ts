/**
 * The lines of a document by their UTF-16 offsets. Every range in the product is a pair of JS string
 * offsets (UTF-16 code units), so an LSP position is always `TextDocument.positionAt(offset)`.
 *
 * Offsets are kept in typed arrays, not in an object per line, which the garbage collector would copy for as
 * long as the document is open (docs/performance.md). A line's text is sliced when asked for.
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
   * found with indexOf (native scanning), cheaper than a per-character loop.
   */
  constructor(readonly text: string) {
    const length = text.length;
    // Reports average some 200 UTF-16 units a line; the arrays double when a text has shorter lines.
    let starts = new Int32Array(Math.max(16, (length >> 6) + 1));
    let ends = new Int32Array(starts.length);
    let count = 0;
    let start = 0;
    // The next \r and the next \n are each searched for again only once passed: one far-off \r (or \n, in a
    // text of lone CRs) must not make each line's search run to it (quadratic on a large file).
    let carriageReturn = text.indexOf('\r');
    let newline = text.indexOf('\n');
    for (;;) {
      if (newline >= 0 && newline < start) newline = text.indexOf('\n', start);
      let lineBreak = newline;
      if (carriageReturn >= 0 && carriageReturn < start) carriageReturn = text.indexOf('\r', start);
      if (carriageReturn >= 0 && (lineBreak < 0 || carriageReturn < lineBreak)) lineBreak = carriageReturn;
      if (count === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
      }
      starts[count] = start;
      if (lineBreak < 0) {
        ends[count++] = length;
        break;
      }
      ends[count++] = lineBreak;
      start = text.charCodeAt(lineBreak) === 13 && text.charCodeAt(lineBreak + 1) === 10 ? lineBreak + 2 : lineBreak + 1;
    }
    this.length = count;
    this.starts = starts;
    this.ends = ends;
  }

  /** Offset of the first character of a line. */
  start(line: number): number {
    return this.starts[line];
  }

  /** Offset just past the last character of a line, before the line break. */
  end(line: number): number {
    return this.ends[line];
  }

  /** Offset just past a line's line break (its end, on the last line). */
  next(line: number): number {
    return line + 1 < this.length ? this.starts[line + 1] : this.ends[line];
  }

  /** The text of a line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line]);
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

/** A copy of `offsets` with twice the room, for offsets collected in typed arrays. */
export function grown(offsets: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(offsets.length * 2);
  larger.set(offsets);
  return larger;
}

/** The UTF-16 codes of some characters, for tests by code (text[i] would allocate a string per character). */
export function codeSet(chars: string): Set<number> {
  return new Set([...chars].map((char) => char.charCodeAt(0)));
}

/** 0-9, as a test of one UTF-16 code unit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** JavaScript's \s (WhiteSpace and LineTerminator), as a test of one UTF-16 code unit. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/**
 * The indentation before a marker: spaces, tabs, U+3000, NBSP, the BOM (all of \\s). Counted without a regex,
 * whose match array was allocated for every indented line.
 */
export function leadingSpaceLength(text: string): number {
  let length = 0;
  while (length < text.length && isSpace(text.charCodeAt(length))) length++;
  return length;
}

/** The spaces a line's body leaves out at its end: space, tab, U+3000, NBSP, VT, FF, the BOM. */
export function isTrailingSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff;
}

/** CJK ideographs (BMP and the supplementary planes' extension blocks). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const code = ch.codePointAt(0)!;
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3134f) || code === 0x3007;
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
