import type { Fix, Rule, RuleContext } from '../lint/types';
import type { OutlineNode, Report, Span } from '../parse/model';
import { partsOf } from '../parse/roles';
import { sessionYearOf, type SessionYear, type YearSource, type YearSourceKind } from '../parse/sessionYear';
import { msg, type Message } from '../l10n/message';

/**
 * The review part is about Y-1 and the plan (and goals) part about Y, where Y is the session year. A draft
 * made from last year's report keeps last year's years: the most common error of the season. Only part
 * headings, the title and the date line are read; figures in body text never are.
 *
 * Y is named in several places (parse/sessionYear.ts): the configuration, the date line, the title, the plan
 * part's heading. A place that names another year than most is reported; in a tie every place is, and parts
 * wait until the places agree. While they disagree no year fix joins fix-all: one mistyped date line must not
 * rewrite correct headings.
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

const SOURCE_NAMES: Readonly<Record<YearSourceKind, Message>> = {
  configuration: msg("the configuration"),
  date: msg("the date line"),
  title: msg("the title"),
  plan: msg("the plan part's heading"),
};

function checkReport(ctx: RuleContext, report: Report): void {
  const sy = sessionYearOf(report, ctx.config.sessionYear);
  const y = sy.year;
  if (y === undefined) return;
  for (const s of sy.dissenters) reportSource(ctx, sy, s);
  // A tie is a copy whose date line was moved on as much as a mistyped date line: no year to check parts against.
  if (!sy.settled) return;
  for (const p of partsOf(report)) {
    if (p.year === undefined || !p.yearRange) continue;
    if (p.role === 'review') {
      checkPart(ctx, p, y - 1, msg("The review part should be about {0} (the year before the {1} session)", y - 1, y), sy.agreed);
    } else if (p.role === 'goals') {
      checkPart(ctx, p, y, msg("The goals part should be about {0} (the session year)", y), sy.agreed);
    }
    // The plan part's heading is a source of Y itself: when it differs, it was reported as a dissenter.
  }
}

function checkPart(ctx: RuleContext, part: OutlineNode, expected: number, what: Message, all: boolean): void {
  if (part.year === expected) return;
  ctx.report({ ...part.yearRange!, message: msg("{0}; found {1}", what, part.year!), fixes: [change(part.yearRange!, expected, all)] });
}

function change(range: Span, year: number, all: boolean): Fix {
  return { title: msg("Change to {0}", year), edits: [{ start: range.start, end: range.end, newText: String(year) }], all };
}

/** A place naming another year than Y: what it should say, or, in a tie, that Y is unclear. Never in fix-all. */
function reportSource(ctx: RuleContext, sy: SessionYear, s: YearSource): void {
  if (!s.range) return;
  const y = sy.year!;
  if (!sy.settled) {
    const others = [...new Set(sy.sources.filter((o) => o.year !== s.year).map((o) => o.year))];
    ctx.report({ ...s.range, message: msg("The session year is unclear: {0}. Years are fixed on request only until they agree", listOf(sy.sources)), fixes: others.map((o) => change(s.range!, o, false)) });
    return;
  }
  const configured = sy.sources.some((o) => o.kind === 'configuration');
  const message = configured ? shouldName(s.kind, y, s.year)
    : msg("The session year is {0} by {1}, but {2} names {3}", y, andList(sy.sources.filter((o) => o.year === y).map((o) => SOURCE_NAMES[o.kind])), SOURCE_NAMES[s.kind], s.year);
  ctx.report({ ...s.range, message, fixes: [change(s.range, y, false)] });
}

function shouldName(kind: YearSourceKind, y: number, found: number): Message {
  switch (kind) {
    case 'date': return msg("The date line should name the session year {0}; found {1}", y, found);
    case 'title': return msg("The title should name the session year {0}; found {1}", y, found);
    default: return msg("{0}; found {1}", msg("The plan part should be about {0} (the session year)", y), found);
  }
}

/** the date line names 2025; the title names 2026 */
function listOf(sources: readonly YearSource[]): Message {
  return sources.map((s) => msg("{0} names {1}", SOURCE_NAMES[s.kind], s.year)).reduce((a, b) => msg("{0}; {1}", a, b));
}

/** the title and the plan part's heading / the configuration, the title and the plan part's heading */
function andList(names: readonly Message[]): Message {
  if (names.length === 1) return names[0];
  const last = names[names.length - 1];
  const head = names.slice(0, -1).reduce((a, b) => msg("{0}, {1}", a, b));
  return msg("{0} and {1}", head, last);
}
