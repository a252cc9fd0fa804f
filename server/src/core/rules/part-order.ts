import type { Rule } from './types';
import type { OutlineNode } from '../parse/model';
import { shortcomingsParagraphs, within } from '../parse/tree';

/** Parts run review -> shortcomings -> plan -> closing (the order of every report of the genre). */
export const partOrder: Rule = {
  id: 'part-order',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: { zh: '各部分顺序：回顾、不足、计划、结束语', en: 'Parts in order: review, shortcomings, plan, closing' },
  check(ctx) {
    const paragraphs = ctx.doc.paragraphs;
    const shortcomings = shortcomingsParagraphs(ctx.doc);
    for (const report of ctx.doc.reports) {
      let firstPlan: OutlineNode | undefined;
      for (const part of report.children) {
        if (part.type !== 'part') continue;
        if (part.role === 'plan' && !firstPlan) firstPlan = part;
        if (!firstPlan || part === firstPlan) continue;
        if (part.role === 'review' || part.role === 'shortcomings') {
          const what = part.role === 'review' ? { zh: '回顾部分', en: 'The review part' } : { zh: '“不足”部分', en: 'The shortcomings part' };
          ctx.report({
            start: part.headingRange.start,
            end: part.headingRange.end,
            message: { zh: `${what.zh}应在计划部分“${firstPlan.heading}”之前`, en: `${what.en} should come before the plan part “${firstPlan.heading}”` },
          });
        }
      }
      if (!firstPlan) continue;
      for (const p of shortcomings) {
        if (!within(paragraphs.owner(p), firstPlan)) continue;
        const start = paragraphs.start(p);
        ctx.report({
          start,
          end: Math.min(paragraphs.end(p), start + 20),
          message: { zh: '差距与不足应写在回顾部分末尾，不应出现在计划部分中', en: 'Shortcomings belong at the end of the review, not inside the plan part' },
        });
      }
    }
  },
};
