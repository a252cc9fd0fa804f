import { LineTable } from '../text/lines';

/**
 * 字数 as offices count it: Chinese characters, letters and digits; punctuation and spaces excluded.
 * A prefix sum per line (not per character: 4 bytes a line instead of 4 bytes a character) answers any
 * node's range with whole lines from the prefix; a line the range cuts is counted from whichever side of
 * the cut is shorter (a node starts after its line's indentation and ends before its trailing spaces:
 * counting the whole heading and last line directly made the Outline count half the text again).
 */
export class WordCounter {
  private readonly prefix: Uint32Array;

  constructor(private readonly text: string, private readonly lines: LineTable = new LineTable(text)) {
    const prefix = new Uint32Array(lines.length + 1);
    let total = 0;
    for (let k = 0; k < lines.length; k++) {
      prefix[k] = total;
      total += countRange(text, lines.start(k), lines.end(k));
    }
    prefix[lines.length] = total;
    this.prefix = prefix;
  }

  /** 字数 of [start, end). */
  count(start: number, end: number): number {
    const n = this.text.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    const first = this.lines.lineAt(s);
    const last = this.lines.lineAt(e);
    if (first === last) return this.within(first, s, e);
    // A range ending at a line's end (where its break starts) covers the whole line.
    return this.within(first, s, this.lines.end(first)) + this.prefix[last] - this.prefix[first + 1] + this.within(last, this.lines.start(last), e);
  }

  /** 字数 of [s, e) inside line k: counted directly or as the line's count less the rest, whichever reads less. */
  private within(k: number, s: number, e: number): number {
    const lineStart = this.lines.start(k);
    const lineEnd = this.lines.end(k);
    const to = Math.min(e, lineEnd);
    if (to <= s) return 0;
    if (to - s <= (s - lineStart) + (lineEnd - to)) return countRange(this.text, s, to);
    return this.prefix[k + 1] - this.prefix[k] - countRange(this.text, lineStart, s) - countRange(this.text, to, lineEnd);
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/*
 * Whether a UTF-16 code unit counts, by table: 0 not known yet, 1 no, 2 yes, 4 a high surrogate (the pair
 * decides). Han and ASCII are filled in at load; any other code unit is asked of the Unicode regex once and
 * remembered: asking the regex for every ，。、 cost more than the parse (docs/performance.md).
 */
const UNKNOWN = 0, NO = 1, YES = 2, HIGH_SURROGATE = 4;
const COUNTS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  table.fill(YES, 0x3400, 0x4dc0);
  table.fill(YES, 0x4e00, 0xa000);
  table.fill(NO, 0, 0x80);
  table.fill(YES, 0x30, 0x3a);
  table.fill(YES, 0x41, 0x5b);
  table.fill(YES, 0x61, 0x7b);
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  table.fill(NO, 0xdc00, 0xe000);
  return table;
})();

function countRange(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = COUNTS[c];
    // YES adds one, NO and HIGH_SURROGATE add nothing: no branch on the common path.
    count += (k >> 1) & 1;
    if ((k & 3) !== 0) continue;
    if (k === UNKNOWN) {
      const counted = LETTER_OR_DIGIT.test(String.fromCharCode(c));
      COUNTS[c] = counted ? YES : NO;
      if (counted) count++;
    } else if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) {
      // A surrogate pair counts once, at its high half (𠮷 is one character).
      count++;
    }
  }
  return count;
}

export function countWords(text: string): number {
  return countRange(text, 0, text.length);
}
