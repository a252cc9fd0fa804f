import { chineseToNumber } from '../text/numerals';
import { codeSet } from '../text/lines';

/**
 * Section markers (GB/T 9704-2012 §7.3.3 结构层次序数; GB/T 15834-2011 B.3):
 *   level 1 一、   level 2 （一）   level 3 1.   level 4 （1）   level 5 ①
 * The recogniser accepts the common wrong forms too (一. （一）、 (一） 1、 ㈠ ⑴ ⒈) so that rules can
 * point at them; what is "right" is decided by the rules, not here.
 */
export type MarkerLevel = 1 | 2 | 3 | 4 | 5;
export type Brackets = 'full' | 'half' | 'mixed' | 'none' | 'glyph';

export interface Marker {
  readonly level: MarkerLevel;
  readonly value: number;
  /** The numeral as written: 十一, 3, ①, ㈠. */
  readonly numeral: string;
  readonly brackets: Brackets;
  /** The mark written after the numeral or closing bracket: 、 . ． ， or '' for none. */
  readonly mark: string;
  /** Offsets in the document. */
  readonly start: number;
  readonly end: number;
  readonly numeralStart: number;
  readonly numeralEnd: number;
  readonly markStart: number;
}

/** The mark each level takes; level 3 takes either dot. */
export function expectedMarks(level: MarkerLevel): readonly string[] {
  switch (level) {
    case 1: return ['、'];
    case 3: return ['.', '．'];
    default: return [''];
  }
}

/** Characters a marker can begin with: brackets, digits, 一…十, ①…⑳, ㈠…㈩, ⑴…⒛. */
const MARKER_START = /* @__PURE__ */ (() => {
  // A table, not a Set: it is asked once for every line of the document.
  const table = new Uint8Array(0x10000);
  for (const ch of '（(一二三四五六七八九十') table[ch.charCodeAt(0)] = 1;
  table.fill(1, 0x30, 0x3a);
  table.fill(1, 0x2460, 0x249c);
  table.fill(1, 0x3220, 0x322a);
  return table;
})();

/*
 * The forms, as the regular expressions they were first written as (test/core/parse.test.ts keeps these as the
 * reference the reader below must agree with):
 *   level 1  ^([一二三四五六七八九十]{1,3})([、.．，,：:])
 *   level 2  ^([（(])([一二三四五六七八九十]{1,3})([）)])([、，,.．：:]?)     ㈠-㈩ then [、，,.．：:]?
 *   level 3  ^(\d{1,2})([.．、，,。])(?![\d.．])                          ⒈-⒛ then [、，,.．：:]?
 *   level 4  ^([（(])(\d{1,2})([）)])([、，,.．：:]?)                      ⑴-⒇ then [、，,.．：:]?
 *   level 5  ^([①-⑳])([、.．，,]?)
 * They are read character by character: the regexes' match arrays and captured strings were a tenth of what
 * parsing a report allocated, for a few hundred markers a megabyte.
 */
const MARK = 1, LEVEL3_MARK = 2, CIRCLED_MARK = 4;
const MARKS = /* @__PURE__ */ (() => {
  const marks = new Map<number, number>();
  const add = (chars: string, bit: number) => { for (const ch of chars) marks.set(ch.charCodeAt(0), (marks.get(ch.charCodeAt(0)) ?? 0) | bit); };
  add('、，,.．：:', MARK);
  add('.．、，,。', LEVEL3_MARK);
  add('、.．，,', CIRCLED_MARK);
  return marks;
})();
/** The characters of a Chinese numeral in a marker (their value is chineseToNumber's to read). */
const CHINESE_DIGITS = /* @__PURE__ */ codeSet('一二三四五六七八九十');
const OPEN_FULL = 0xff08, OPEN_HALF = 0x28, CLOSE_FULL = 0xff09, CLOSE_HALF = 0x29;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hasMark = (c: number, kind: number) => ((MARKS.get(c) ?? 0) & kind) !== 0;

/** The length of the run of characters `is` accepts from `at`, counting no further than `max` + 1. */
function runLength(s: string, at: number, is: (c: number) => boolean, max: number): number {
  let k = at;
  while (k < s.length && k - at <= max && is(s.charCodeAt(k))) k++;
  return k - at;
}

const isChineseDigit = (c: number) => CHINESE_DIGITS.has(c);

/** The optional mark after a marker's last character at k: its length, 0 or 1. */
const optionalMark = (s: string, k: number, kind: number) => (k < s.length && hasMark(s.charCodeAt(k), kind) ? 1 : 0);

function bracketsOf(open: number, close: number): Brackets {
  const fullOpen = open === OPEN_FULL, fullClose = close === CLOSE_FULL;
  if (fullOpen && fullClose) return 'full';
  if (!fullOpen && !fullClose) return 'half';
  return 'mixed';
}

/**
 * Recognises a marker at the start of `s` (already stripped of indentation and markdown #),
 * which begins at document offset `base`.
 */
export function readMarker(s: string, base: number): Marker | undefined {
  const c = s.charCodeAt(0);
  // Most lines are prose starting with a Han character: reject them before anything else.
  if (MARKER_START[c] !== 1) return undefined;
  if (c === OPEN_FULL || c === OPEN_HALF) {
    const first = s.charCodeAt(1);
    const chinese = isChineseDigit(first);
    if (!chinese && !isDigit(first)) return undefined;
    const n = chinese ? runLength(s, 1, isChineseDigit, 3) : runLength(s, 1, isDigit, 2);
    if (n > (chinese ? 3 : 2)) return undefined;
    const close = s.charCodeAt(1 + n);
    if (close !== CLOSE_FULL && close !== CLOSE_HALF) return undefined;
    const numeral = s.slice(1, 1 + n);
    const value = chinese ? chineseToNumber(numeral) : Number(numeral);
    if (value === undefined || value < 1) return undefined;
    const markLength = optionalMark(s, 2 + n, MARK);
    const mark = markLength ? s[2 + n] : '';
    return make(chinese ? 2 : 4, value, numeral, bracketsOf(c, close), mark, base, 1, 2 + n + markLength);
  }
  if (isDigit(c)) {
    const n = runLength(s, 0, isDigit, 2);
    if (n > 2 || !hasMark(s.charCodeAt(n), LEVEL3_MARK)) return undefined;
    const after = s.charCodeAt(n + 1);
    if (isDigit(after) || after === 0x2e || after === 0xff0e) return undefined;
    const numeral = s.slice(0, n);
    const value = Number(numeral);
    if (value < 1) return undefined;
    return make(3, value, numeral, 'none', s[n], base, 0, n + 1);
  }
  if (isChineseDigit(c)) {
    const n = runLength(s, 0, isChineseDigit, 3);
    if (n > 3 || !hasMark(s.charCodeAt(n), MARK)) return undefined;
    const numeral = s.slice(0, n);
    const value = chineseToNumber(numeral);
    if (value === undefined) return undefined;
    return make(1, value, numeral, 'none', s[n], base, 0, n + 1);
  }
  if (c >= 0x2460 && c <= 0x2473) return glyph(s, base, 5, 0x2460, 'none', CIRCLED_MARK);
  if (c >= 0x3220 && c <= 0x3229) return glyph(s, base, 2, 0x3220, 'glyph', MARK);
  if (c >= 0x2474 && c <= 0x2487) return glyph(s, base, 4, 0x2474, 'glyph', MARK);
  if (c >= 0x2488 && c <= 0x249b) return glyph(s, base, 3, 0x2488, 'glyph', MARK);
  return undefined;
}

/**
 * One glyph holds the numeral (and for ⑴ ⒈ ㈠ the brackets or dot): ① ㈠ ⑴ ⒈. A function of its own, not a
 * closure in readMarker: the variables a closure shares made V8 allocate a context on every call.
 */
function glyph(s: string, base: number, level: MarkerLevel, first: number, brackets: Brackets, kind: number): Marker {
  const m = optionalMark(s, 1, kind);
  return make(level, s.charCodeAt(0) - first + 1, s[0], brackets, m ? s[1] : '', base, 0, 1 + m);
}

function make(level: MarkerLevel, value: number, numeral: string, brackets: Brackets, mark: string,
  base: number, numeralOffset: number, length: number): Marker {
  const numeralStart = base + (brackets === 'glyph' ? 0 : numeralOffset);
  const numeralEnd = numeralStart + numeral.length;
  return {
    level, value, numeral, brackets, mark,
    start: base, end: base + length,
    numeralStart, numeralEnd,
    markStart: base + length - mark.length,
  };
}

/** Writes value in the numeral system of a level: 一 for levels 1-2, 1 for 3-4, ① for 5. */
export function numeralFor(level: MarkerLevel, value: number, toChinese: (n: number) => string): string {
  if (level === 1 || level === 2) return toChinese(value);
  if (level === 5) return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
  return String(value);
}
