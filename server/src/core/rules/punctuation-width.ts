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
      } else if (chineseBefore(text, at) && (at + 1 >= index.blocks.end(block) || chineseSide(text[at + 1]) || ITEM_MARKER.test(text.slice(at + 1, at + 6)))) {
        report(at, ch);
      }
    }
  },
};

/** Closing marks only Chinese text uses (a ” or ’ may close an English quotation too). */
const CHINESE_CLOSERS = '》）」』〕】';
/** An item's marker run into the paragraph: ……方向;(二)坚持…… (the seed's items, run together). */
const ITEM_MARKER = /^[（(][一二三四五六七八九十]{1,3}[）)]/;

/**
 * Whether a half-width mark at `at` follows Chinese: a Han character, a closing mark of Chinese text
 * (《办法》, ……) or a closing quote around Chinese (“全过程民主”, ……).
 */
function chineseBefore(text: string, at: number): boolean {
  const before = text[at - 1];
  if (isHan(before) || (before !== undefined && CHINESE_CLOSERS.includes(before))) return true;
  return (before === '”' || before === '’') && isHan(text[at - 2]);
}
