import type { Rule } from '../lint/types';
import type { OutlineNode } from '../parse/model';
import { shortcomingsParagraphs, within } from '../parse/tree';
import { msg } from '../l10n/message';

/** Parts run review -> shortcomings -> plan -> closing (the order of every report of the genre). */
export const partOrder: Rule = {
  id: 'part-order',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: msg("Parts in order: review, shortcomings, plan, closing"),
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
          const what = part.role === 'review' ? msg("The review part") : msg("The shortcomings part");
          ctx.report({
            start: part.headingRange.start,
            end: part.headingRange.end,
            message: msg("{0} should come before the plan part “{1}”", what, firstPlan.heading),
          });
        }
      }
      if (!firstPlan) continue;
      for (const p of shortcomings) {
        if (!within(paragraphs.nodeOf(p), firstPlan)) continue;
        const start = paragraphs.start(p);
        ctx.report({
          start,
          end: Math.min(paragraphs.end(p), start + 20),
          message: msg("Shortcomings belong at the end of the review, not inside the plan part"),
        });
      }
    }
  },
};
