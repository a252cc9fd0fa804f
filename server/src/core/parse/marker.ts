import { chineseToNumber } from '../text/numerals';

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

const LEVEL1 = /^([一二三四五六七八九十]{1,3})([、.．，,：:])/;
const BRACKETED_CN = /^([（(])([一二三四五六七八九十]{1,3})([）)])([、，,.．：:]?)/;
const BRACKETED_AR = /^([（(])(\d{1,2})([）)])([、，,.．：:]?)/;
const LEVEL3 = /^(\d{1,2})([.．、，,。])(?![\d.．])/;
const CIRCLED = /^([\u2460-\u2473])([、.．，,]?)/;
const GLYPH_L2 = /^([\u3220-\u3229])([、，,.．：:]?)/; // ㈠-㈩
const GLYPH_L4 = /^([\u2474-\u2487])([、，,.．：:]?)/; // ⑴-⒇
const GLYPH_L3 = /^([\u2488-\u249b])([、，,.．：:]?)/; // ⒈-⒛

function bracketsOf(open: string, close: string): Brackets {
  const fullOpen = open === '（', fullClose = close === '）';
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
  // Most lines are prose starting with a Han character: reject them before any regex runs.
  if (MARKER_START[c] !== 1) return undefined;
  let m: RegExpExecArray | null;
  if (c === 0xff08 || c === 0x28) {
    if ((m = BRACKETED_CN.exec(s))) {
      const value = chineseToNumber(m[2]);
      if (value === undefined) return undefined;
      return make(2, value, m[2], bracketsOf(m[1], m[3]), m[4], base, 1, m[0].length);
    }
    if ((m = BRACKETED_AR.exec(s))) {
      const value = Number(m[2]);
      if (value < 1) return undefined;
      return make(4, value, m[2], bracketsOf(m[1], m[3]), m[4], base, 1, m[0].length);
    }
    return undefined;
  }
  if (c >= 0x30 && c <= 0x39) {
    if ((m = LEVEL3.exec(s))) {
      const value = Number(m[1]);
      if (value < 1) return undefined;
      return make(3, value, m[1], 'none', m[2], base, 0, m[0].length);
    }
    return undefined;
  }
  if ((m = LEVEL1.exec(s))) {
    const value = chineseToNumber(m[1]);
    if (value === undefined) return undefined;
    return make(1, value, m[1], 'none', m[2], base, 0, m[0].length);
  }
  if ((m = CIRCLED.exec(s))) return make(5, m[1].charCodeAt(0) - 0x2460 + 1, m[1], 'none', m[2], base, 0, m[0].length);
  if ((m = GLYPH_L2.exec(s))) return make(2, m[1].charCodeAt(0) - 0x3220 + 1, m[1], 'glyph', m[2], base, 0, m[0].length);
  if ((m = GLYPH_L4.exec(s))) return make(4, m[1].charCodeAt(0) - 0x2474 + 1, m[1], 'glyph', m[2], base, 0, m[0].length);
  if ((m = GLYPH_L3.exec(s))) return make(3, m[1].charCodeAt(0) - 0x2488 + 1, m[1], 'glyph', m[2], base, 0, m[0].length);
  return undefined;
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
