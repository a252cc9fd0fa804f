import type { Rule } from './types';
import { markIndex } from './markIndex';

const PAIRS: Record<string, string> = { '（': '）', '“': '”', '‘': '’', '《': '》', '〔': '〕', '【': '】' };
const CLOSERS: Record<string, string> = { '）': '（', '”': '“', '’': '‘', '》': '《', '〕': '〔', '】': '【' };
const OPENERS = Object.keys(PAIRS).map((c) => c.charCodeAt(0));
const OPENER_OF = new Map(Object.entries(CLOSERS).map(([c, o]) => [c.charCodeAt(0), o.charCodeAt(0)]));

/** Paired marks open and close within one paragraph (GB/T 15834-2011 4.1.4, 4.9, 4.15). */
export const pairedMarks: Rule = {
  id: 'paired-marks',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'none',
  description: { zh: '成对的标点（）“”‘’《》〔〕在段内不配对', en: 'Unbalanced （）“”‘’《》〔〕 within a paragraph' },
  check(ctx) {
    const text = ctx.doc.text;
    const index = markIndex(ctx.doc);
    const bad: number[] = [];
    // One stack per kind of mark (“（” and “《” may interleave in real text without being wrong), emptied
    // at each paragraph's end; marks arrive in document order, so the paragraph is tracked by its end.
    const stacks = new Map<number, number[]>(OPENERS.map((c) => [c, []]));
    let blockEnd = -1;
    const flush = () => {
      for (const s of stacks.values()) {
        if (s.length) { bad.push(...s); s.length = 0; }
      }
    };
    for (const at of index.paired) {
      if (at >= blockEnd) {
        flush();
        blockEnd = index.blockAt(at)?.end ?? at + 1;
      }
      const c = text.charCodeAt(at);
      const own = stacks.get(c);
      if (own) { own.push(at); continue; }
      const s = stacks.get(OPENER_OF.get(c)!)!;
      if (s.length) s.pop();
      else bad.push(at);
    }
    flush();
    for (const at of bad.sort((x, y) => x - y)) {
      const ch = text[at];
      const partner = PAIRS[ch] ?? CLOSERS[ch];
      ctx.report({
        start: at,
        end: at + 1,
        message: { zh: `“${ch}”在本段中没有对应的“${partner}”`, en: `“${ch}” has no matching “${partner}” in this paragraph` },
      });
    }
  },
};
