import type { Rule } from '../lint/types';
import { isHan, isChinesePunctuation } from '../text/lines';
import { markIndex } from '../analysis/markIndex';
import { msg } from '../l10n/message';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Chinese text takes full-width punctuation (GB/T 15834-2011 3.1 and 5.1.2); half-width marks between Chinese characters are typos or pipeline damage. */
export const punctuationWidth: Rule = {
  id: 'punctuation-width',
  defaultLevel: 'information',
  category: 'typography',
  fix: 'all',
  description: msg("Half-width , ; : ( ) ! ? between Chinese characters"),
  check(ctx) {
    const text = ctx.doc.text;
    const index = markIndex(ctx.doc);
    const chineseSide = (ch: string | undefined) => isHan(ch) || isChinesePunctuation(ch);
    const report = (at: number, ch: string) => ctx.report({
      start: at,
      end: at + 1,
      message: msg("Use the full-width “{0}” in Chinese text, not “{1}”", FULL[ch], ch),
      fixes: [{ title: msg("Replace with “{0}”", FULL[ch]), edits: [{ start: at, end: at + 1, newText: FULL[ch] }], all: true }],
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
