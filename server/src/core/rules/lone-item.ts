import type { Rule } from '../lint/types';
import { markerWithValue } from '../parse/renumber';
import { siblingGroups } from '../parse/tree';
import { msg } from '../l10n/message';
import { isPlaceholder } from '../parse/placeholder';

/** Dividing into one is not dividing: a lone （一） without （二） should be merged into its parent. */
export const loneItem: Rule = {
  id: 'lone-item',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: msg("A parent with exactly one numbered child"),
  check(ctx) {
    const text = ctx.doc.text;
    for (const { parent, runs } of siblingGroups(ctx.doc)) {
      if (parent.type === 'report') continue;
      for (const run of runs) {
        // A placeholder item (（一）【待补充：…】) stands for items still to be written, not for a division into one.
        if (run.length !== 1 || isPlaceholder(run[0].heading)) continue;
        const m = run[0].marker!;
        const label = text.slice(m.start, m.end);
        const next = markerWithValue(m, m.value + 1);
        ctx.report({
          start: m.start,
          end: m.end,
          message: msg("“{0}” is the only item of its level (no “{1}”); a single item needs no number", label, next),
        });
      }
    }
  },
};
