import type { Rule } from './types';
import { markerOffsets, textBlocks } from './textBlocks';

const PAIRS: Record<string, string> = { '（': '）', '“': '”', '‘': '’', '《': '》', '〔': '〕', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** Paired marks open and close within one paragraph (GB/T 15834-2011 4.1.4, 4.9, 4.15). */
export const pairedMarks: Rule = {
  id: 'paired-marks',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'none',
  description: { zh: '成对的标点（）“”‘’《》〔〕在段内不配对', en: 'Unbalanced （）“”‘’《》〔〕 within a paragraph' },
  check(ctx) {
    const text = ctx.doc.text;
    const markers = markerOffsets(ctx.doc);
    for (const b of textBlocks(ctx.doc)) {
      // One stack per kind of mark: “（” and “《” may interleave in real text without being wrong.
      const open = new Map<string, number[]>();
      const bad: number[] = [];
      for (let i = b.start; i < b.end; i++) {
        const ch = text[i];
        if (PAIRS[ch] !== undefined) {
          if (markers.has(i)) continue;
          const s = open.get(ch);
          if (s) s.push(i);
          else open.set(ch, [i]);
        } else if (CLOSERS.has(ch) && !markers.has(i)) {
          const s = open.get(CLOSERS.get(ch)!);
          if (s && s.length) s.pop();
          else bad.push(i);
        }
      }
      for (const s of open.values()) bad.push(...s);
      for (const at of bad.sort((x, y) => x - y)) {
        const ch = text[at];
        const partner = PAIRS[ch] ?? CLOSERS.get(ch)!;
        ctx.report({
          start: at,
          end: at + 1,
          message: { zh: `“${ch}”在本段中没有对应的“${partner}”`, en: `“${ch}” has no matching “${partner}” in this paragraph` },
        });
      }
    }
  },
};
