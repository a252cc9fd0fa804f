import type { Rule } from './types';
import { markerWithValue } from '../features/renumber';
import { siblingGroups } from '../parse/tree';

/** Dividing into one is not dividing: a lone （一） without （二） should be merged into its parent. */
export const loneItem: Rule = {
  id: 'lone-item',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: { zh: '只有一个子项（有“（一）”而无“（二）”）', en: 'A parent with exactly one numbered child' },
  check(ctx) {
    const text = ctx.doc.text;
    for (const { parent, runs } of siblingGroups(ctx.doc)) {
      if (parent.type === 'report') continue;
      for (const run of runs) {
        if (run.length !== 1) continue;
        const m = run[0].marker!;
        const label = text.slice(m.start, m.end);
        const next = markerWithValue(text, m, m.value + 1);
        ctx.report({
          start: m.start,
          end: m.end,
          message: { zh: `“${label}”是本级唯一的一项，缺少“${next}”；只有一项时不必编号`, en: `“${label}” is the only item of its level (no “${next}”); a single item needs no number` },
        });
      }
    }
  },
};
