import type { Rule } from './types';
import { siblingGroups } from '../parse/tree';

const FORMS = ['', '一、', '（一）', '1.', '（1）', '①'];

/** 一、 followed directly by 1. skips （一）. Common practice, so only a hint (GB/T 9704-2012 §7.3.3 allows omitting levels in short documents). */
export const levelSkip: Rule = {
  id: 'level-skip',
  defaultLevel: 'hint',
  category: 'structure',
  fix: 'none',
  description: { zh: '跳过了一级序号（如“一、”下直接用“1.”）', en: 'A level is skipped (一、 directly followed by 1.)' },
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
          message: { zh: `“${p}”下直接使用“${c}”，跳过了“${FORMS[pm.level + 1]}”一级`, en: `“${c}” directly under “${p}” skips the “${FORMS[pm.level + 1]}” level` },
        });
      }
    }
  },
};
