import type { Rule } from './types';
import { isHan, isChinesePunctuation } from '../text/lines';
import { markIndex } from './markIndex';

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
    const index = markIndex(ctx.doc);
    const chineseSide = (ch: string | undefined) => isHan(ch) || isChinesePunctuation(ch);
    const report = (at: number, ch: string) => ctx.report({
      start: at,
      end: at + 1,
      message: { zh: `中文中应使用全角“${FULL[ch]}”，此处为半角“${ch}”`, en: `Use the full-width “${FULL[ch]}” in Chinese text, not “${ch}”` },
      fixes: [{ title: { zh: `改为“${FULL[ch]}”`, en: `Replace with “${FULL[ch]}”` }, edits: [{ start: at, end: at + 1, newText: FULL[ch] }], all: true }],
    });
    let open = -1;
    let openBlock = -1;
    for (const at of index.halfWidth) {
      const ch = text[at];
      const block = index.blocks.at(at);
      if (ch === '(') {
        open = at;
        openBlock = block;
      } else if (ch === ')') {
        // A pair is Chinese when it encloses Chinese; both halves change together so they stay balanced.
        if (open >= 0 && openBlock === block && /[\u3400-\u9fff]/.test(text.slice(open + 1, at))) {
          report(open, '(');
          report(at, ')');
        }
        open = -1;
      } else if (isHan(text[at - 1]) && (at + 1 >= index.blocks.end(block) || chineseSide(text[at + 1]))) {
        report(at, ch);
      }
    }
  },
};
