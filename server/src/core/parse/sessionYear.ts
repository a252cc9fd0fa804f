import type { Report, Span } from './model';

/**
 * The session year Y (the year of the meeting the report is read at) and where a report states it. A report
 * names Y in up to three places — the date line (——2026年1月26日在……会议上), the title (2026年河北省政府工作报告)
 * and the plan part's heading (三、2026年重点工作) — and the user may set it (workreport.sessionYear). One of
 * them mistyped must not steer every year check and fix: the year is the one most sources name, and when
 * they disagree, the disagreement is what is reported (see rules/year-mismatch.ts).
 */

/** Where a year comes from, in the order that breaks a tie: an explicit setting, then the document's own. */
export type YearSourceKind = 'configuration' | 'date' | 'title' | 'plan';

const PRECEDENCE: readonly YearSourceKind[] = ['configuration', 'date', 'title', 'plan'];

export interface YearSource {
  readonly kind: YearSourceKind;
  readonly year: number;
  /** The four digits in the document; absent for the configuration. */
  readonly range?: Span;
}

export interface SessionYear {
  /** Y: the configured year, else the year most of the document's sources name (a tie goes to the date line, then the title). */
  readonly year?: number;
  /** Every source, in precedence order. */
  readonly sources: readonly YearSource[];
  /** Every source names `year`. Only then may a fix that depends on the year be applied unasked. */
  readonly agreed: boolean;
  /**
   * `year` is configured or named by more sources than any other year. In a tie (the date line says 2022, the
   * plan heading 2021: a copy whose date line was moved on, or a mistyped date line?) `year` is only the guess of
   * the source of highest precedence, for features that need some year (completion, the next-year draft).
   */
  readonly settled: boolean;
  /** The sources that name another year than `year`; in a tie, every source. */
  readonly dissenters: readonly YearSource[];
}

/** 2021—2025年, 2021-2025年, 2021年至2025年: a five-year span, not an annual year. */
const RANGE = /(?<!\d)\d{4}年?\s*[—–\-－~～至到]\s*\d{4}年/g;
/** 2035年远景目标: a vision year, carried legitimately by five-year parts. */
const YEAR = /(?<!\d)(\d{4})年(?!远景)/g;

/**
 * The annual year a heading names (2025年工作回顾和“十四五”时期发展成就 -> 2025) with its offset, skipping year
 * ranges and 2035年远景目标; undefined when it names none (过去五年工作回顾, “十五五”时期主要目标任务).
 */
export function annualYear(heading: string): { year: number; offset: number } | undefined {
  if (heading.indexOf('年') < 0) return undefined;
  const ranges: Span[] = [];
  if (/\d{4}年?\s*[—–\-－~～至到]\s*\d{4}/.test(heading)) {
    for (const m of heading.matchAll(RANGE)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of heading.matchAll(YEAR)) {
    if (!ranges.some((r) => m.index >= r.start && m.index < r.end)) return { year: Number(m[1]), offset: m.index };
  }
  return undefined;
}

/** Whether a heading names a span of years (2021—2025年): a five-year part's mark, like 五年 or “十五五”. */
export function namesYearRange(heading: string): boolean {
  RANGE.lastIndex = 0;
  return RANGE.test(heading);
}

/** The title's year (2026年河北省政府工作报告 -> 2026) when it names exactly one, with its offset. */
export function titleYearOf(title: string): { year: number; offset: number } | undefined {
  const years = [...title.matchAll(/(?<!\d)(\d{4})年/g)];
  if (years.length === 0 || years.some((m) => m[1] !== years[0][1])) return undefined;
  return { year: Number(years[0][1]), offset: years[0].index };
}

/** The year of the date line and of the title: what the report states before any part (roles are decided with it). */
export function headerYear(report: Report): number | undefined {
  return resolveSessionYear(report.yearSources.filter((s) => s.kind === 'date' || s.kind === 'title')).year;
}

/**
 * Y from a list of sources: the configured year when there is one (an explicit setting overrides), else the
 * year most sources name, a tie going to the source of highest precedence (date line, title, plan heading).
 */
export function resolveSessionYear(sources: readonly YearSource[]): SessionYear {
  const ordered = [...sources].sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind));
  if (ordered.length === 0) return { year: undefined, sources: ordered, agreed: true, settled: false, dissenters: [] };
  const configured = ordered.find((s) => s.kind === 'configuration');
  const votes = new Map<number, number>();
  for (const s of ordered) votes.set(s.year, (votes.get(s.year) ?? 0) + 1);
  let year = ordered[0].year;
  for (const s of ordered) if ((votes.get(s.year) ?? 0) > (votes.get(year) ?? 0)) year = s.year;
  if (configured) year = configured.year;
  const top = votes.get(year) ?? 0;
  const tie = !configured && [...votes.entries()].some(([y, n]) => y !== year && n === top);
  const agreed = votes.size === 1;
  return {
    year,
    sources: ordered,
    agreed,
    settled: !tie,
    dissenters: tie ? ordered : ordered.filter((s) => s.year !== year),
  };
}

/** The session year of a report with the configured one (if any) as a further, overriding source. */
export function sessionYearOf(report: Report, configured?: number): SessionYear {
  const sources = configured === undefined ? report.yearSources : [{ kind: 'configuration' as const, year: configured }, ...report.yearSources];
  return resolveSessionYear(sources);
}

/** The document's own year sources: date line, title, and the heading of the part given (the plan part). */
export function documentYearSources(report: Report, planYear?: { year: number; range: Span }): YearSource[] {
  const out: YearSource[] = [];
  if (report.dateYear !== undefined && report.dateYearRange) out.push({ kind: 'date', year: report.dateYear, range: report.dateYearRange });
  const t = titleYearOf(report.title);
  if (t) {
    const start = report.headingRange.start + t.offset;
    out.push({ kind: 'title', year: t.year, range: { start, end: start + 4 } });
  }
  if (planYear) out.push({ kind: 'plan', year: planYear.year, range: planYear.range });
  return out;
}
