import type { Rule } from './types';
import { markIndex } from './markIndex';

/** One mark where one is meant: ，， 。。 ；； (the …… and —— pairs are single marks and are left alone). */
export const doubledPunctuation: Rule = {
  id: 'doubled-punctuation',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'all',
  description: { zh: '标点重复，如“，，”“。。”', en: 'Doubled punctuation such as ，， or 。。' },
  check(ctx) {
    const text = ctx.doc.text;
    for (const run of markIndex(ctx.doc).doubled) {
      const ch = text[run.start];
      ctx.report({
        start: run.start,
        end: run.end,
        message: { zh: `标点“${ch}”重复`, en: `“${ch}” is doubled` },
        fixes: [{ title: { zh: `合并为一个“${ch}”`, en: `Collapse to one “${ch}”` }, edits: [{ start: run.start + 1, end: run.end, newText: '' }], all: true }],
      });
    }
  },
};
