import type { Rule } from '../lint/types';
import { partWithRole, shortcomingsOf } from '../parse/roles';
import { within } from '../parse/tree';
import { msg } from '../l10n/message';

/**
 * Parts run review -> shortcomings -> plan -> closing (the order of every report of the genre). Five-year,
 * goals and self-building parts have no fixed place relative to the plan (07 puts “十五五” after the plan),
 * so only the review and the shortcomings are held to come before it.
 */
export const partOrder: Rule = {
  id: 'part-order',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: msg("Parts in order: review, shortcomings, plan, closing"),
  check(ctx) {
    for (const report of ctx.doc.reports) {
      const plan = partWithRole(report, 'plan');
      if (!plan) continue;
      const after = report.children.slice(report.children.indexOf(plan) + 1);
      for (const part of after) {
        if (part.type !== 'part' || (part.role !== 'review' && part.role !== 'shortcomings')) continue;
        const what = part.role === 'review' ? msg("The review part") : msg("The shortcomings part");
        ctx.report({
          start: part.headingRange.start,
          end: part.headingRange.end,
          message: msg("{0} should come before the plan part “{1}”", what, plan.heading),
        });
      }
      for (const s of shortcomingsOf(report)) {
        if (s.type !== 'passage' || !within(s, plan)) continue;
        ctx.report({
          start: s.range.start,
          end: Math.min(s.headingRange.end, s.range.start + 20),
          message: msg("Shortcomings belong at the end of the review, not inside the plan part"),
        });
      }
    }
  },
};
