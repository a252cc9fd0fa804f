/**
 * Lines of a document with their UTF-16 offsets. Every range in the product is a pair of JS string
 * offsets (UTF-16 code units), so an LSP position is always `TextDocument.positionAt(offset)`.
 */
export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  /** Offset just past the line break (equals `end` on the last line). */
  readonly next: number;
  readonly text: string;
}

/**
 * Splits on \r\n, \n and lone \r, as editors do. A leading BOM stays in line 0's text. Line breaks are
 * found with indexOf (native scanning), which keeps this at a fraction of the cost of a per-character loop.
 * `make` builds each line's object (the parser adds what it reads of the line to the same object).
 */
export function splitLines(text: string): Line[];
export function splitLines<T extends Line>(text: string, make: (index: number, start: number, end: number, next: number, line: string) => T): T[];
export function splitLines(text: string, make = plainLine): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  // The next \r is searched for again only once it is passed: one far-off \r must not make each line's
  // search run to it (quadratic on a large file with a single stray \r).
  let r = text.indexOf('\r');
  for (;;) {
    let i = text.indexOf('\n', start);
    if (r >= 0 && r < start) r = text.indexOf('\r', start);
    if (r >= 0 && (i < 0 || r < i)) i = r;
    if (i < 0) break;
    const next = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push(make(lines.length, start, i, next, text.slice(start, i)));
    start = next;
  }
  lines.push(make(lines.length, start, n, n, text.slice(start)));
  return lines;
}

function plainLine(index: number, start: number, end: number, next: number, text: string): Line {
  return { index, start, end, next, text };
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

/** The length of the run of \s at the end of s. */
export function trailingWhiteLength(s: string): number {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return s.length - i;
}

export function trailingSpaceLength(s: string): number {
  let i = s.length;
  for (;;) {
    const c = s.charCodeAt(i - 1);
    if (i > 0 && (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff)) i--;
    else break;
  }
  return s.length - i;
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
