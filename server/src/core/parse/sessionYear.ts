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
/** What a range has between its years: only a heading with one is searched for ranges. */
const RANGE_MARK = /\d年?\s*[—–\-－~～至到]\s*\d/;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The offset of the next four-digit year written 2025年 (四位数年份, GB/T 15835-2011) at or after `from`, or -1.
 * Read by character: it runs for every part heading and title, where regular expressions with lookbehind
 * cost most of the roles' share of a parse.
 */
function nextYear(s: string, from: number): number {
  for (let at = s.indexOf('年', from + 4); at >= 0; at = s.indexOf('年', at + 1)) {
    const start = at - 4;
    if (start < from) continue;
    if (isDigit(s.charCodeAt(start)) && isDigit(s.charCodeAt(start + 1)) && isDigit(s.charCodeAt(start + 2)) && isDigit(s.charCodeAt(start + 3))
      && !(start > 0 && isDigit(s.charCodeAt(start - 1)))) return start;
  }
  return -1;
}

/**
 * The annual year a heading names (2025年工作回顾和“十四五”时期发展成就 -> 2025) with its offset, skipping year
 * ranges and 2035年远景目标 (a vision year, carried legitimately by five-year parts); undefined when it names
 * none (过去五年工作回顾, “十五五”时期主要目标任务).
 */
export function annualYear(heading: string): { year: number; offset: number } | undefined {
  // Start and end of each range, in pairs; most headings have none.
  let ranges: number[] | undefined;
  if (RANGE_MARK.test(heading)) {
    RANGE.lastIndex = 0;
    for (let r = RANGE.exec(heading); r; r = RANGE.exec(heading)) (ranges ??= []).push(r.index, r.index + r[0].length);
  }
  for (let at = nextYear(heading, 0); at >= 0; at = nextYear(heading, at + 5)) {
    if (heading.startsWith('远景', at + 5)) continue;
    let inRange = false;
    if (ranges) for (let k = 0; k < ranges.length; k += 2) if (at >= ranges[k] && at < ranges[k + 1]) inRange = true;
    if (!inRange) return { year: Number(heading.slice(at, at + 4)), offset: at };
  }
  return undefined;
}

/** Whether a heading names a span of years (2021—2025年): a five-year part's mark, like 五年 or “十五五”. */
export function namesYearRange(heading: string): boolean {
  if (!RANGE_MARK.test(heading)) return false;
  RANGE.lastIndex = 0;
  return RANGE.test(heading);
}

/** The title's year (2026年河北省政府工作报告 -> 2026) when it names exactly one, with its offset. */
export function titleYearOf(title: string): { year: number; offset: number } | undefined {
  const first = nextYear(title, 0);
  if (first < 0) return undefined;
  const year = title.slice(first, first + 4);
  for (let at = nextYear(title, first + 5); at >= 0; at = nextYear(title, at + 5)) if (title.slice(at, at + 4) !== year) return undefined;
  return { year: Number(year), offset: first };
}

const rank = (s: YearSource) => PRECEDENCE.indexOf(s.kind);

/** How many sources name `year`. */
function votesFor(sources: readonly YearSource[], year: number): number {
  let n = 0;
  for (let j = 0; j < sources.length; j++) if (sources[j].year === year) n++;
  return n;
}

/**
 * The year most sources name, a tie going to the source of highest precedence; the configured year when there
 * is one. Sources in precedence order. (At most four sources: counted by pairs, with nothing allocated.)
 */
export function majorityYear(ordered: readonly YearSource[]): number | undefined {
  let year: number | undefined;
  let best = 0;
  for (let i = 0; i < ordered.length; i++) {
    if (ordered[i].kind === 'configuration') return ordered[i].year;
    const n = votesFor(ordered, ordered[i].year);
    if (n > best) {
      best = n;
      year = ordered[i].year;
    }
  }
  return year;
}

/**
 * Y from a list of sources: the configured year when there is one (an explicit setting overrides), else the
 * year most sources name, a tie going to the source of highest precedence (date line, title, plan heading).
 */
export function resolveSessionYear(sources: readonly YearSource[]): SessionYear {
  const ordered = sources.every((s, i) => i === 0 || rank(sources[i - 1]) <= rank(s)) ? sources : [...sources].sort((a, b) => rank(a) - rank(b));
  const year = majorityYear(ordered);
  if (year === undefined) return { year, sources: ordered, agreed: true, settled: false, dissenters: [] };
  const configured = ordered[0].kind === 'configuration';
  const top = votesFor(ordered, year);
  const tie = !configured && ordered.some((s) => s.year !== year && votesFor(ordered, s.year) === top);
  return {
    year,
    sources: ordered,
    agreed: top === ordered.length,
    settled: !tie,
    dissenters: tie ? ordered : ordered.filter((s) => s.year !== year),
  };
}

/** The session year of a report with the configured one (if any) as a further, overriding source. */
export function sessionYearOf(report: Report, configured?: number): SessionYear {
  const sources = configured === undefined ? report.yearSources : [{ kind: 'configuration' as const, year: configured }, ...report.yearSources];
  return resolveSessionYear(sources);
}

/** The document's own year sources, in precedence order: date line, title, and the plan part's heading if given. */
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
