import type { Rule } from './types';
import { isHan, isChinesePunctuation } from '../text/lines';
import { markerOffsets, textBlocks } from './textBlocks';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Chinese text takes full-width punctuation (GB/T 15834-2011 3.1 and 5.1.2); half-width marks between Chinese characters are typos or pipeline damage. */
export const punctuationWidth: Rule = {
  id: 'punctuation-width',
  defaultLevel: 'information',
  category: 'typography',
  fix: 'all',
  description: { zh: '中文之间使用了半角标点 , ; : ( ) ! ?', en: 'Half-width , ; : ( ) ! ? between Chinese characters' },
  check(ctx) {
    const text = ctx.doc.text;
    const markers = markerOffsets(ctx.doc);
    const chineseSide = (ch: string | undefined) => isHan(ch) || isChinesePunctuation(ch);
    const report = (at: number, ch: string) => ctx.report({
      start: at,
      end: at + 1,
      message: { zh: `中文中应使用全角“${FULL[ch]}”，此处为半角“${ch}”`, en: `Use the full-width “${FULL[ch]}” in Chinese text, not “${ch}”` },
      fixes: [{ title: { zh: `改为“${FULL[ch]}”`, en: `Replace with “${FULL[ch]}”` }, edits: [{ start: at, end: at + 1, newText: FULL[ch] }], all: true }],
    });
    for (const b of textBlocks(ctx.doc)) {
      let open = -1;
      for (let i = b.start; i < b.end; i++) {
        const ch = text[i];
        if (ch === ',' || ch === ';' || ch === ':' || ch === '!' || ch === '?') {
          if (isHan(text[i - 1]) && (i + 1 >= b.end || chineseSide(text[i + 1]))) report(i, ch);
        } else if (ch === '(' && !markers.has(i)) {
          open = i;
        } else if (ch === ')' && !markers.has(i) && open >= 0) {
          // A pair is Chinese when it encloses Chinese; both halves change together so they stay balanced.
          const inner = text.slice(open + 1, i);
          if (/[\u3400-\u9fff]/.test(inner)) {
            report(open, '(');
            report(i, ')');
          }
          open = -1;
        }
      }
    }
  },
};
