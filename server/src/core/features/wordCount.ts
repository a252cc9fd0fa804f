/**
 * 字数 as offices count it: Chinese characters, letters and digits; punctuation and spaces excluded.
 * A prefix sum over the text answers any range in O(1), so the outline can label every node.
 */
export class WordCounter {
  private readonly prefix: Uint32Array;

  constructor(text: string) {
    const n = text.length;
    const prefix = new Uint32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      prefix[i] = count;
      if (counts(c, text, i)) count++;
    }
    prefix[n] = count;
    this.prefix = prefix;
  }

  /** 字数 of [start, end). */
  count(start: number, end: number): number {
    const n = this.prefix.length - 1;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    return this.prefix[e] - this.prefix[s];
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function counts(c: number, text: string, i: number): boolean {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return true;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0x80) return false;
  // A surrogate pair counts once, at its high half (𠮷 is one character).
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  return LETTER_OR_DIGIT.test(text[i]);
}

export function countWords(text: string): number {
  return new WordCounter(text).count(0, text.length);
}
