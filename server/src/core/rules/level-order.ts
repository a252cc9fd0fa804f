import type { Rule } from './types';
import { siblingGroups } from '../parse/tree';

/** Levels go downward: a higher-level marker never stands under a lower-level one (（一） under 1.; GB/T 9704-2012 §7.3.3). */
export const levelOrder: Rule = {
  id: 'level-order',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'none',
  description: { zh: '上级序号不能出现在下级序号之下', en: 'A higher-level marker never stands under a lower-level one' },
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
            message: { zh: `“${label}”不应出现在“${deepest.label}”之下：层级倒置`, en: `“${label}” stands under “${deepest.label}”: the levels are upside down` },
          });
        } else if (!deepest || m.level > deepest.level) {
          deepest = { level: m.level, label: text.slice(m.start, m.end) };
        }
      }
    }
  },
};
