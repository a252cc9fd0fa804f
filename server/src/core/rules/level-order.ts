import type { Rule } from '../lint/types';
import { siblingGroups } from '../parse/tree';
import { msg } from '../l10n/message';

/** Levels go downward: a higher-level marker never stands under a lower-level one (（一） under 1.; GB/T 9704-2012 §7.3.3). */
export const levelOrder: Rule = {
  id: 'level-order',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'none',
  description: msg("A higher-level marker never stands under a lower-level one"),
  check(ctx) {
    const text = ctx.doc.text;
    for (const { parent } of siblingGroups(ctx.doc)) {
      let deepest: { level: number; label: string } | undefined;
      for (const c of parent.children) {
        const m = c.marker;
        if (!m) continue;
        if (deepest && m.level < deepest.level) {
          const label = text.slice(m.start, m.end);
          ctx.report({
            start: m.start,
            end: m.end,
            message: msg("“{0}” stands under “{1}”: the levels are upside down", label, deepest.label),
          });
        } else if (!deepest || m.level > deepest.level) {
          deepest = { level: m.level, label: text.slice(m.start, m.end) };
        }
      }
    }
  },
};
