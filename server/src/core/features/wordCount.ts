import type { Line } from '../text/lines';
import { splitLines } from '../text/lines';

/**
 * 字数 as offices count it: Chinese characters, letters and digits; punctuation and spaces excluded.
 * A prefix sum per line (not per character: 4 bytes a line instead of 4 bytes a character) answers any
 * node's range with whole lines from the prefix and at most two partial lines counted directly.
 */
export class WordCounter {
  private readonly lineStarts: number[];
  private readonly prefix: Uint32Array;

  constructor(private readonly text: string, lines: readonly Line[] = splitLines(text)) {
    this.lineStarts = lines.map((l) => l.start);
    const prefix = new Uint32Array(lines.length + 1);
    let total = 0;
    for (let k = 0; k < lines.length; k++) {
      prefix[k] = total;
      total += countRange(text, lines[k].start, lines[k].next);
    }
    prefix[lines.length] = total;
    this.prefix = prefix;
  }

  /** 字数 of [start, end). */
  count(start: number, end: number): number {
    const n = this.text.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    const first = this.lineAt(s);
    const last = this.lineAt(e);
    if (first === last) return countRange(this.text, s, e);
    const firstEnd = this.lineStarts[first + 1];
    return countRange(this.text, s, firstEnd) + this.prefix[last] - this.prefix[first + 1] + countRange(this.text, this.lineStarts[last], e);
  }

  private lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function countRange(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) count++;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) count++;
    else if (c < 0x80 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    // A surrogate pair counts once, at its high half (𠮷 is one character).
    else if (c >= 0xd800 && c <= 0xdbff) { if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) count++; }
    else if (LETTER_OR_DIGIT.test(text[i])) count++;
  }
  return count;
}

export function countWords(text: string): number {
  return countRange(text, 0, text.length);
}
