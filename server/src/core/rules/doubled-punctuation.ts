import type { Rule } from '../lint/types';
import { markIndex } from '../analysis/markIndex';
import { msg } from '../l10n/message';

/** One mark where one is meant: ，， 。。 ；； (the …… and —— pairs are single marks and are left alone). */
export const doubledPunctuation: Rule = {
  id: 'doubled-punctuation',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'all',
  description: msg("Doubled punctuation such as ，， or 。。"),
  check(ctx) {
    const text = ctx.doc.text;
    for (const run of markIndex(ctx.doc).doubled) {
      const ch = text[run.start];
      ctx.report({
        start: run.start,
        end: run.end,
        message: msg("“{0}” is doubled", ch),
        fixes: [{ title: msg("Collapse to one “{0}”", ch), edits: [{ start: run.start + 1, end: run.end, newText: '' }], all: true }],
      });
    }
  },
};
