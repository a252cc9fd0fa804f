import type { Rule, RuleContext } from '../lint/types';
import type { OutlineNode, Report } from '../parse/model';
import { isFiveYearHeading } from '../parse/classify';
import { msg, type Message } from '../l10n/message';

/**
 * The review part is about Y-1 and the plan part about Y, where Y is the session year. A draft made
 * from last year's report keeps last year's years: the most common error of the season. Only part
 * headings and the date line are read; figures in body text never are.
 */
export const yearMismatch: Rule = {
  id: 'year-mismatch',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: msg("Review about Y-1, plan about Y, and the date line agrees"),
  check(ctx) {
    for (const report of ctx.doc.reports) checkReport(ctx, report);
  },
};

function checkReport(ctx: RuleContext, report: Report): void {
  const y = ctx.sessionYear(report);
  if (y === undefined) return;
  // Y comes from configuration first: then a date line still naming another year is the one left behind.
  if (report.dateYear !== undefined && report.dateYearRange && report.dateYear !== y) {
    ctx.report({
      start: report.dateYearRange.start,
      end: report.dateYearRange.end,
      message: msg("The date line should name the session year {0}; found {1}", y, report.dateYear),
      fixes: [{ title: msg("Change to {0}", y), edits: [{ ...report.dateYearRange, newText: String(y) }], all: true }],
    });
  }
  const parts = report.children.filter((c) => c.type === 'part' && c.year !== undefined && c.yearRange !== undefined);
  for (const p of parts) {
    if (p.role === 'review' && !isFiveYearHeading(p.heading)) {
      report1(ctx, p, y - 1, msg("The review part should be about {0} (the year before the {1} session)", y - 1, y));
    } else if (p.role === 'plan') {
      report1(ctx, p, y, msg("The plan part should be about {0} (the session year)", y));
    }
  }
}

function report1(ctx: RuleContext, part: OutlineNode, expected: number, what: Message): void {
  if (part.year === expected) return;
  const r = part.yearRange!;
  ctx.report({
    start: r.start,
    end: r.end,
    message: msg("{0}; found {1}", what, part.year!),
    fixes: [{ title: msg("Change to {0}", expected), edits: [{ start: r.start, end: r.end, newText: String(expected) }], all: true }],
  });
}
