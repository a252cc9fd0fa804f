import type { Rule } from './types';
import { markerWithValue, renumberRun } from '../features/renumber';
import { siblingGroups } from '../parse/tree';

/** Numbering restarts at 一 / （一） / 1 / （1） under each new parent, part and appendix (GB/T 9704-2012 §7.3.3). */
export const numberingStart: Rule = {
  id: 'numbering-start',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: { zh: '新的上级或部分之下，序号应从“一”开始', en: 'Numbering restarts at one under each new parent or part' },
  check(ctx) {
    const text = ctx.doc.text;
    for (const { runs } of siblingGroups(ctx.doc)) {
      for (const run of runs) {
        const m = run[0].marker!;
        if (m.value === 1) continue;
        const expected = markerWithValue(text, m, 1);
        const found = text.slice(m.start, m.end);
        const edits = renumberRun(run, 1);
        ctx.report({
          start: m.start,
          end: m.end,
          message: { zh: `本级第一个序号应为“${expected}”，此处为“${found}”`, en: `The first number of this level should be “${expected}”, found “${found}”` },
          fixes: edits.length ? [{ title: { zh: `从“${expected}”起重新编号`, en: `Renumber from “${expected}”` }, edits, all: true }] : [],
        });
      }
    }
  },
};
