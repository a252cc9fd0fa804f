import type { Rule } from '../lint/types';
import { siblingGroups } from '../parse/tree';
import { msg } from '../l10n/message';
import { standardForm } from '../parse/marker';

/** 一、 followed directly by 1. skips （一）. Common practice, so only a hint (GB/T 9704-2012 §7.3.3 allows omitting levels in short documents). */
export const levelSkip: Rule = {
  id: 'level-skip',
  defaultLevel: 'hint',
  category: 'structure',
  fix: 'none',
  description: msg("A level is skipped (一、 directly followed by 1.)"),
  check(ctx) {
    const text = ctx.doc.text;
    for (const { parent, runs } of siblingGroups(ctx.doc)) {
      const pm = parent.marker;
      if (!pm) continue;
      for (const run of runs) {
        const m = run[0].marker!;
        if (m.level <= pm.level + 1) continue;
        const p = text.slice(pm.start, pm.end);
        const c = text.slice(m.start, m.end);
        ctx.report({
          start: m.start,
          end: m.end,
          message: msg("“{0}” directly under “{1}” skips the “{2}” level", c, p, standardForm(pm.level + 1)),
        });
      }
    }
  },
};
