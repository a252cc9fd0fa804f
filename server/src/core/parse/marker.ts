import { chineseToNumber } from '../text/numerals';
import { codeSet, isAsciiDigit } from '../text/lines';

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

const STANDARD_FORMS = ['', '一、', '（一）', '1.', '（1）', '①'];

/** How a level's first marker is written (GB/T 9704-2012 §7.3.3): 一、 （一） 1. （1） ①; '' for no level. */
export function standardForm(level: number): string {
  return STANDARD_FORMS[level] ?? '';
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
 * The forms each level accepts are stated as regular expressions once, in test/core/parse.test.ts
 * (referenceMarker), which this reader must agree with. They are read here character by character, with no
 * match array made: the reader runs for every line (see docs/performance.md).
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

const hasMark = (code: number, kind: number) => ((MARKS.get(code) ?? 0) & kind) !== 0;
const isChineseDigit = (code: number) => CHINESE_DIGITS.has(code);

/** The length of the run of characters `accepts` accepts from `at`, counting no further than `max` + 1. */
function runLength(text: string, at: number, accepts: (code: number) => boolean, max: number): number {
  let end = at;
  while (end < text.length && end - at <= max && accepts(text.charCodeAt(end))) end++;
  return end - at;
}

/** The optional mark after a marker's last character, at `at`: its length, 0 or 1. */
const optionalMark = (text: string, at: number, kind: number) => (at < text.length && hasMark(text.charCodeAt(at), kind) ? 1 : 0);

function bracketsOf(open: number, close: number): Brackets {
  const fullOpen = open === OPEN_FULL, fullClose = close === CLOSE_FULL;
  if (fullOpen && fullClose) return 'full';
  if (!fullOpen && !fullClose) return 'half';
  return 'mixed';
}

/**
 * Recognises a marker at the start of `body` (a line already stripped of indentation and markdown #),
 * which begins at document offset `base`.
 */
export function readMarker(body: string, base: number): Marker | undefined {
  const lead = body.charCodeAt(0);
  // Most lines are prose starting with a Han character: reject them before anything else.
  if (MARKER_START[lead] !== 1) return undefined;
  if (lead === OPEN_FULL || lead === OPEN_HALF) {
    const afterOpen = body.charCodeAt(1);
    const chinese = isChineseDigit(afterOpen);
    if (!chinese && !isAsciiDigit(afterOpen)) return undefined;
    const digits = chinese ? runLength(body, 1, isChineseDigit, 3) : runLength(body, 1, isAsciiDigit, 2);
    if (digits > (chinese ? 3 : 2)) return undefined;
    const close = body.charCodeAt(1 + digits);
    if (close !== CLOSE_FULL && close !== CLOSE_HALF) return undefined;
    const numeral = body.slice(1, 1 + digits);
    const value = chinese ? chineseToNumber(numeral) : Number(numeral);
    if (value === undefined || value < 1) return undefined;
    const markLength = optionalMark(body, 2 + digits, MARK);
    const mark = markLength ? body[2 + digits] : '';
    return make(chinese ? 2 : 4, value, numeral, bracketsOf(lead, close), mark, base, 1, 2 + digits + markLength);
  }
  if (isAsciiDigit(lead)) {
    const digits = runLength(body, 0, isAsciiDigit, 2);
    if (digits > 2 || !hasMark(body.charCodeAt(digits), LEVEL3_MARK)) return undefined;
    const after = body.charCodeAt(digits + 1);
    if (isAsciiDigit(after) || after === 0x2e || after === 0xff0e) return undefined;
    const numeral = body.slice(0, digits);
    const value = Number(numeral);
    if (value < 1) return undefined;
    return make(3, value, numeral, 'none', body[digits], base, 0, digits + 1);
  }
  if (isChineseDigit(lead)) {
    const digits = runLength(body, 0, isChineseDigit, 3);
    if (digits > 3 || !hasMark(body.charCodeAt(digits), MARK)) return undefined;
    const numeral = body.slice(0, digits);
    const value = chineseToNumber(numeral);
    if (value === undefined) return undefined;
    return make(1, value, numeral, 'none', body[digits], base, 0, digits + 1);
  }
  if (lead >= 0x2460 && lead <= 0x2473) return glyph(body, base, 5, 0x2460, 'none', CIRCLED_MARK);
  if (lead >= 0x3220 && lead <= 0x3229) return glyph(body, base, 2, 0x3220, 'glyph', MARK);
  if (lead >= 0x2474 && lead <= 0x2487) return glyph(body, base, 4, 0x2474, 'glyph', MARK);
  if (lead >= 0x2488 && lead <= 0x249b) return glyph(body, base, 3, 0x2488, 'glyph', MARK);
  return undefined;
}

/**
 * One glyph holds the numeral (and for ⑴ ⒈ ㈠ the brackets or dot): ① ㈠ ⑴ ⒈. A function of its own, not a
 * closure in readMarker, so that no closure context is made per call.
 */
function glyph(body: string, base: number, level: MarkerLevel, first: number, brackets: Brackets, kind: number): Marker {
  const markLength = optionalMark(body, 1, kind);
  return make(level, body.charCodeAt(0) - first + 1, body[0], brackets, markLength ? body[1] : '', base, 0, 1 + markLength);
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
export function numeralFor(level: MarkerLevel, value: number, toChinese: (value: number) => string): string {
  if (level === 1 || level === 2) return toChinese(value);
  if (level === 5) return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
  return String(value);
}
