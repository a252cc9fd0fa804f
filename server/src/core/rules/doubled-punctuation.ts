import type { Rule } from './types';
import { textBlocks } from './textBlocks';

/** One mark where one is meant: ，， 。。 ；； (the …… and —— pairs are single marks and are left alone). */
export const doubledPunctuation: Rule = {
  id: 'doubled-punctuation',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'all',
  description: { zh: '标点重复，如“，，”“。。”', en: 'Doubled punctuation such as ，， or 。。' },
  check(ctx) {
    const text = ctx.doc.text;
    const re = /([，。；：、！？,;])\1+/g;
    for (const b of textBlocks(ctx.doc)) {
      const s = text.slice(b.start, b.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        const start = b.start + m.index;
        ctx.report({
          start,
          end: start + m[0].length,
          message: { zh: `标点“${m[1]}”重复`, en: `“${m[1]}” is doubled` },
          fixes: [{ title: { zh: `合并为一个“${m[1]}”`, en: `Collapse to one “${m[1]}”` }, edits: [{ start: start + 1, end: start + m[0].length, newText: '' }], all: true }],
        });
      }
    }
  },
};
