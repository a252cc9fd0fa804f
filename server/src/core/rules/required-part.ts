import type { Rule } from '../lint/types';
import type { PartRole, Report, ReportDocument } from '../parse/model';
import { profileFor } from '../config/config';
import { PART_NAMES } from '../config/profiles';
import { shortcomingsParagraphs, within } from '../parse/tree';
import { msg } from '../l10n/message';

function rolesPresent(doc: ReportDocument, report: Report, shortcomings: readonly number[]): Set<PartRole> {
  const roles = new Set<PartRole>();
  for (const c of report.children) if (c.type === 'part' && c.role) roles.add(c.role);
  // A shortcomings paragraph under one of the report's parts or sections (not the report's own, before any part).
  if (shortcomings.some((p) => { const owner = doc.paragraphs.nodeOf(p); return owner !== report && within(owner, report); })) roles.add('shortcomings');
  if (report.closing.length > 0) roles.add('closing');
  return roles;
}

/** A report of a kind must have that kind's parts: by default a review of last year and a plan for this one. */
export const requiredPart: Rule = {
  id: 'required-part',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'quick',
  description: msg("A part the report kind requires (review, plan) is missing"),
  check(ctx) {
    const shortcomings = shortcomingsParagraphs(ctx.doc);
    for (const report of ctx.doc.reports) {
      if (!report.title) continue;
      const profile = profileFor(ctx.config, report.kind);
      const present = rolesPresent(ctx.doc, report, shortcomings);
      const y = ctx.sessionYear(report);
      for (const role of profile.required) {
        if (present.has(role)) continue;
        const name = PART_NAMES[role];
        const skeleton = role === 'review' ? `${y ? `${y - 1}年` : ''}工作回顾`
          : role === 'plan' ? `${y ? `${y}年` : ''}工作设想`
          : role === 'shortcomings' ? '存在的不足' : '';
        const insertAt = role === 'review'
          ? (report.children[0]?.range.start ?? report.range.end)
          : lastPartEnd(report);
        const newText = role === 'review' ? `${skeleton}\n\n一、\n\n` : `\n\n${skeleton}\n\n一、`;
        ctx.report({
          start: report.headingRange.start,
          end: report.headingRange.end,
          message: msg("The {0} part is missing (a {1} has one)", name, profile.name),
          fixes: skeleton ? [{ title: msg("Insert a “{0}” part", skeleton), edits: [{ start: insertAt, end: insertAt, newText }], all: false }] : [],
        });
      }
    }
  },
};

function lastPartEnd(report: Report): number {
  const parts = report.children.filter((c) => c.type !== 'appendix');
  return parts.length ? parts[parts.length - 1].range.end : report.range.end;
}
