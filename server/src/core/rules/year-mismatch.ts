import type { Rule, RuleContext } from './types';
import type { OutlineNode, Report } from '../parse/model';
import { isFiveYearHeading } from '../parse/classify';

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
  description: { zh: '回顾部分应为上一年、计划部分应为会议当年，日期行年份应与之一致', en: 'Review about Y-1, plan about Y, and the date line agrees' },
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
      message: { zh: `日期行年份应为会议年份${y}年，此处为${report.dateYear}年`, en: `The date line should name the session year ${y}; found ${report.dateYear}` },
      fixes: [{ title: { zh: `改为${y}年`, en: `Change to ${y}` }, edits: [{ ...report.dateYearRange, newText: String(y) }], all: true }],
    });
  }
  const parts = report.children.filter((c) => c.type === 'part' && c.year !== undefined && c.yearRange !== undefined);
  for (const p of parts) {
    if (p.role === 'review' && !isFiveYearHeading(p.heading)) {
      report1(ctx, p, y - 1, { zh: `回顾部分应为${y - 1}年（${y}年会议的上一年）`, en: `The review part should be about ${y - 1} (the year before the ${y} session)` });
    } else if (p.role === 'plan') {
      report1(ctx, p, y, { zh: `计划部分应为${y}年（会议当年）`, en: `The plan part should be about ${y} (the session year)` });
    }
  }
}

function report1(ctx: RuleContext, part: OutlineNode, expected: number, what: { zh: string; en: string }): void {
  if (part.year === expected) return;
  const r = part.yearRange!;
  ctx.report({
    start: r.start,
    end: r.end,
    message: { zh: `${what.zh}，此处为${part.year}年`, en: `${what.en}; found ${part.year}` },
    fixes: [{ title: { zh: `改为${expected}年`, en: `Change to ${expected}` }, edits: [{ start: r.start, end: r.end, newText: String(expected) }], all: true }],
  });
}
