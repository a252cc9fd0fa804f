import type { Rule } from '../lint/types';
import { markIndex } from '../analysis/markIndex';
import { msg } from '../l10n/message';

/**
 * No 顿号 between items that are each quoted or in book-title marks (GB/T 15834-2011 4.5.3.5:
 * 《条例》《规定》), and none before 等 (4.5.3.6 does not call for one).
 */
export const enumerationComma: Rule = {
  id: 'enumeration-comma',
  defaultLevel: 'information',
  category: 'typography',
  fix: 'all',
  description: msg("No 、 between quoted or book-titled items, or before 等"),
  check(ctx) {
    const text = ctx.doc.text;
    for (const at of markIndex(ctx.doc).enumerationComma) {
      const before等 = text[at + 1] === '等';
      ctx.report({
        start: at,
        end: at + 1,
        message: before等
          ? msg("No 、 before 等")
          : msg("No 、 between quoted or book-titled items"),
        fixes: [{ title: msg("Remove the 、"), edits: [{ start: at, end: at + 1, newText: '' }], all: true }],
      });
    }
  },
};
