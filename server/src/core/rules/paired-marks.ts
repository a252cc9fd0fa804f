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
    // One stack per kind of mark (“（” and “《” may interleave in real text without being wrong), emptied
    // at each paragraph's end; marks arrive in document order, so the paragraph is tracked by its end.
    // Unmatched marks are reported paragraph by paragraph, in order, until the engine says the rule's cap
    // is reached: a hostile paste of 100,000 “（” costs one pass, with no spread of huge arrays.
    const stacks = new Map<number, number[]>(OPENERS.map((c) => [c, []]));
    let strays: number[] = [];
    let full = false;
    let blockEnd = -1;
    const flush = () => {
      const unmatched = strays;
      for (const st of stacks.values()) {
        for (const at of st) unmatched.push(at);
        st.length = 0;
      }
      if (unmatched.length > 1) unmatched.sort((x, y) => x - y);
      for (const at of unmatched) {
        const ch = text[at];
        const partner = PAIRS[ch] ?? CLOSERS[ch];
        full = !ctx.report({
          start: at,
          end: at + 1,
          message: { zh: `“${ch}”在本段中没有对应的“${partner}”`, en: `“${ch}” has no matching “${partner}” in this paragraph` },
        });
        if (full) break;
      }
      strays = [];
    };
    for (const at of index.paired) {
      if (at >= blockEnd) {
        flush();
        if (full) return;
        blockEnd = index.blockAt(at)?.end ?? at + 1;
      }
      const c = text.charCodeAt(at);
      const own = stacks.get(c);
      if (own) { own.push(at); continue; }
      const st = stacks.get(OPENER_OF.get(c)!)!;
      if (st.length) st.pop();
      else strays.push(at);
    }
    flush();
  },
};
