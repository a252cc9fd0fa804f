import type { Rule } from './types';
import { markIndex } from './markIndex';

/**
 * No 顿号 between items that are each quoted or in book-title marks (GB/T 15834-2011 4.5.3.5:
 * 《条例》《规定》), and none before 等 (4.5.3.6 does not call for one).
 */
export const enumerationComma: Rule = {
  id: 'enumeration-comma',
  defaultLevel: 'information',
  category: 'typography',
  fix: 'all',
  description: { zh: '引号、书名号并列之间及“等”前不用顿号', en: 'No 、 between quoted or book-titled items, or before 等' },
  check(ctx) {
    const text = ctx.doc.text;
    for (const at of markIndex(ctx.doc).enumerationComma) {
      const before等 = text[at + 1] === '等';
      ctx.report({
        start: at,
        end: at + 1,
        message: before等
          ? { zh: '“等”前不加顿号', en: 'No 、 before 等' }
          : { zh: '并列的引号或书名号之间不加顿号', en: 'No 、 between quoted or book-titled items' },
        fixes: [{ title: { zh: '删除顿号', en: 'Remove the 、' }, edits: [{ start: at, end: at + 1, newText: '' }], all: true }],
      });
    }
  },
};
