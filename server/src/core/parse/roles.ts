import type { OutlineNode, PartRole, Report } from './model';
import { annualYear, namesYearRange } from './sessionYear';

/**
 * What each part of a report is for: the annual review, a five-year review or plan, the goals, the annual
 * plan, the government's own conduct (自身建设), the closing, the appendices, and the shortcomings
 * paragraph. Every rule, fix, outline and draft reads the roles from here.
 *
 * A role is read from the heading, the part's place among the others and its content together: the words
 * of a heading alone mislead (二、“十五五”时期主要目标任务 names 任务 and is not the annual plan; 三、关于2026年工作
 * names no plan word and is the plan). The steps, in docs/rules.md#part-roles:
 * 1. the heading's cues: its annual year, five-year marks (五年, “十四五”, 时期, a year range), and the words of
 *    each role;
 * 2. a provisional role from the cues (five-year marks without an annual year win over every word);
 * 3. exactly one review and one plan: the first review candidate; the plan candidate naming the session
 *    year and holding the most numbered items. Without an annual review, the first five-year review is the
 *    report's review (an end-of-term report reviews five years).
 */

/** What a heading's words say about the part it opens. */
export interface HeadingCues {
  /** The annual year (2025年), not a year of a range or a vision (2035年远景目标). */
  readonly year?: number;
  /** 过去五年, 今后五年, “十四五”, 时期, 本届, a range 2021—2025年. */
  readonly fiveYear: boolean;
  /** 回顾, 总结, 过去一年, 发展成就 … */
  readonly review: boolean;
  /** 总体要求, 政策取向, 预期目标 … */
  readonly goals: boolean;
  /** 重点工作, 工作任务, 工作安排, 工作设想, 关于2026年工作 … : the words of an annual plan. */
  readonly planStrong: boolean;
  /** 设想, 安排, 任务, 计划, 建议, 今年 … : words that plans use, among others. */
  readonly planWeak: boolean;
  /** 主要工作: a review (2020年主要工作) or a plan (2026年主要工作), as the year says. */
  readonly mainWork: boolean;
  /** 政府自身建设, 政府治理效能 … */
  readonly selfBuilding: boolean;
  /** 结束语 */
  readonly closing: boolean;
  /** 差距, 不足, 存在的问题 … */
  readonly shortcomings: boolean;
}

// The words of each cue, as bits: a heading is read in one pass (a regular expression of Chinese alternatives
// per cue took 2.7 µs a heading, one pass 0.5 µs, measured side by side; headings are read once per part).
const FIVE_YEAR = 1, REVIEW = 2, GOALS = 4, PLAN_STRONG = 8, PLAN_WEAK = 16, MAIN_WORK = 32, SELF_BUILDING = 64, SHORTCOMINGS = 128;

const CUE_WORDS: readonly (readonly [string, number])[] = [
  ...['五年', '时期', '本届', ...Array.from('一二三四五六七八九', (d) => `十${d}五`)].map((w) => [w, FIVE_YEAR] as const),
  ...['回顾', '总结', '过去', '一年来', '五年来', '工作情况', '成就', '成效'].map((w) => [w, REVIEW] as const),
  // 主要目标 but not 主要目标任务 (see cueBits).
  ...['总体要求', '政策取向', '预期目标', '指导思想', '总体思路', '发展目标', '主要目标'].map((w) => [w, GOALS] as const),
  ...['重点工作', '工作任务', '主要任务', '重点任务', '工作安排', '工作设想', '工作部署', '工作建议', '工作打算', '工作计划', '今后一年', '今年', '新的一年'].map((w) => [w, PLAN_STRONG] as const),
  ...['设想', '安排', '任务', '计划', '建议', '打算', '部署', '思路', '要点'].map((w) => [w, PLAN_WEAK] as const),
  ['主要工作', MAIN_WORK],
  ...['自身建设', '政府建设', '治理效能', '政府治理', '作风建设', '廉政', '依法行政', '人民满意的政府', '服务型政府'].map((w) => [w, SELF_BUILDING] as const),
  ...['差距', '不足', '存在的问题', '问题和挑战', '困难和挑战'].map((w) => [w, SHORTCOMINGS] as const),
];

/**
 * The cue words by their first character: LISTS[FIRST[c - CJK] - 1] for a character c of the CJK block (every
 * cue word starts with one), a table lookup per character of a heading rather than a Map's.
 */
const CJK = 0x4e00, CJK_END = 0xa000;
const FIRST = new Uint8Array(CJK_END - CJK);
const LISTS: (readonly [string, number])[][] = [];
for (const e of CUE_WORDS) {
  const c = e[0].charCodeAt(0) - CJK;
  if (FIRST[c] === 0) FIRST[c] = LISTS.push([]);
  LISTS[FIRST[c] - 1].push(e);
}

/** 关于2026年工作 / 关于2026年的工作: the plan of 湖南 2026, with no plan word. */
const ABOUT_YEAR_WORK = /关于\d{4}年的?工作/y;

/** Every cue word the heading holds, wherever it stands (words may overlap: 政府治理效能). */
function cueBits(h: string): number {
  let bits = 0;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c === 0x5173) { // 关
      ABOUT_YEAR_WORK.lastIndex = i;
      if (ABOUT_YEAR_WORK.test(h)) bits |= PLAN_STRONG;
    }
    const list = c >= CJK && c < CJK_END ? FIRST[c - CJK] : 0;
    if (list === 0) continue;
    const words = LISTS[list - 1];
    for (let k = 0; k < words.length; k++) {
      const w = words[k][0];
      if (!h.startsWith(w, i)) continue;
      if (w === '主要目标' && h.startsWith('任务', i + 4)) continue;
      bits |= words[k][1];
    }
  }
  return bits;
}

const CLOSING = /^(结束语|结语)$/;
/** Part headings are short and hold no sentence; a heading that does is a topic (一、坚持……，推动……取得新成效). */
const SENTENCE = /[，。；！？,;!?]/;

export function headingCues(heading: string): HeadingCues {
  return cuesOf(heading, annualYear(heading)?.year);
}

/** The cues of a heading whose annual year is already read. */
function cuesOf(heading: string, year: number | undefined): HeadingCues {
  // A stand-alone heading given a 。 by mistake (三、2026年重点工作。) still names its part.
  const h = heading.trim().replace(/[。．.]$/, '');
  const topic = h.length > 40 || SENTENCE.test(h);
  const bits = topic ? 0 : cueBits(h);
  return {
    year,
    fiveYear: !topic && ((bits & FIVE_YEAR) !== 0 || namesYearRange(h)),
    review: (bits & REVIEW) !== 0,
    goals: (bits & GOALS) !== 0,
    planStrong: (bits & PLAN_STRONG) !== 0,
    planWeak: (bits & PLAN_WEAK) !== 0,
    mainWork: (bits & MAIN_WORK) !== 0,
    selfBuilding: (bits & SELF_BUILDING) !== 0,
    closing: CLOSING.test(h),
    shortcomings: (bits & SHORTCOMINGS) !== 0,
  };
}

/**
 * Whether a heading's words name a part at all (a cue of any role): enough to tell a part heading from a line
 * of text (isPlainPartHeading, which runs on many lines), not to decide the role, which `assignRoles` does.
 */
export function namesPart(heading: string): boolean {
  return cueBits(heading) !== 0 || CLOSING.test(heading);
}

/** Provisional roles: a candidate review or plan still has to be chosen among the others. */
type Provisional = PartRole | 'review?' | 'plan?' | 'main-work?';

function provisional(c: HeadingCues): Provisional {
  if (c.closing) return 'closing';
  // “十五五”时期主要目标任务, 过去五年工作回顾: five-year, whatever else they name, unless an annual year is named
  // too (2025年和“十四五”时期工作回顾 is this year's review).
  if (c.fiveYear && c.year === undefined) return 'five-year';
  if (c.selfBuilding && !c.review && !c.planStrong) return 'self-building';
  if (c.goals && !c.planStrong) return 'goals';
  if (c.review && !c.planStrong) return 'review?';
  if (c.planStrong || c.planWeak) return 'plan?';
  if (c.mainWork) return 'main-work?';
  if (c.shortcomings) return 'shortcomings';
  return 'other';
}

/** What `assignRoles` needs of a part: its heading, its annual year if known, and how many numbered items it holds. */
export interface PartFacts {
  readonly heading: string;
  /** The heading's annual year, when already read (annualYear): not read again. */
  readonly year?: number;
  /** Numbered children (sections or items): a plan lists many tasks. */
  readonly items: number;
}

/**
 * The role of each part, in order, from their headings, places and contents. `sessionYear` is the year the
 * report's header states (date line, title), if any: it tells 2025年主要工作 (a review in 2026) from
 * 2026年主要工作 (the plan), and the plan among several candidates.
 */
export function assignRoles(parts: readonly PartFacts[], sessionYear?: number): PartRole[] {
  const cues = parts.map((p) => ('year' in p ? cuesOf(p.heading, p.year) : headingCues(p.heading)));
  const roles: Provisional[] = cues.map(provisional);
  resolveMainWork(roles, cues, sessionYear);
  // Headings that name no role but a year: 一、2025年 is the review, 三、2026年 with its tasks the plan.
  if (sessionYear !== undefined) {
    roles.forEach((r, i) => {
      if (r !== 'other' || cues[i].year === undefined) return;
      if (cues[i].year === sessionYear - 1) roles[i] = 'review?';
      else if (cues[i].year === sessionYear && parts[i].items >= 2) roles[i] = 'plan?';
    });
  }
  const plan = choosePlan(roles, cues, parts, sessionYear);
  let review = roles.findIndex((r) => r === 'review?');
  // An end-of-term report reviews five years and no single one: its first five-year review is the review.
  if (review < 0) review = roles.findIndex((r, i) => r === 'five-year' && cues[i].review && (plan < 0 || i < plan));
  return roles.map((r, i): PartRole => {
    if (i === review) return 'review';
    if (i === plan) return 'plan';
    return r === 'review?' || r === 'plan?' || r === 'main-work?' ? 'other' : r;
  });
}

/** 主要工作 looks back when its year is before the session year, ahead otherwise; without years, by place. */
function resolveMainWork(roles: Provisional[], cues: readonly HeadingCues[], y: number | undefined): void {
  let reviewSeen = roles.includes('review?');
  roles.forEach((r, i) => {
    if (r !== 'main-work?') return;
    const year = cues[i].year;
    const ahead = year !== undefined && y !== undefined ? year >= y : reviewSeen;
    roles[i] = ahead ? 'plan?' : 'review?';
    if (!ahead) reviewSeen = true;
  });
}

/** The annual plan among the candidates: the one naming the session year, then the one with most items. */
function choosePlan(roles: readonly Provisional[], cues: readonly HeadingCues[], parts: readonly PartFacts[], y: number | undefined): number {
  let candidates = roles.map((r, i) => (r === 'plan?' ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return -1;
  const ofYear = candidates.filter((i) => y !== undefined && cues[i].year === y);
  if (ofYear.length) candidates = ofYear;
  const strong = candidates.filter((i) => cues[i].planStrong);
  if (strong.length) candidates = strong;
  return candidates.reduce((best, i) => (parts[i].items > parts[best].items ? i : best));
}

/** The parts of a report in order (numbered or not), without its appendices or the shortcomings node. */
export function partsOf(report: Report): OutlineNode[] {
  return report.children.filter((c) => c.type === 'part');
}

/** The part of a role (the first, for roles that several parts may share: five-year, other). */
export function partWithRole(report: Report, role: PartRole): OutlineNode | undefined {
  return report.children.find((c) => c.type === 'part' && c.role === role);
}

export function partsWithRole(report: Report, role: PartRole): OutlineNode[] {
  return report.children.filter((c) => c.type === 'part' && c.role === role);
}

/**
 * The shortcomings of a report: the shortcomings paragraphs (nodes of type 'passage', inside a part or, in a
 * report without parts, the report) and any part whose heading names them (## 存在的不足).
 */
export function shortcomingsOf(report: Report): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const c of report.children) {
    if (c.role === 'shortcomings') out.push(c);
    if (c.type === 'part') for (const g of c.children) if (g.type === 'passage' && g.role === 'shortcomings') out.push(g);
  }
  return out;
}

// ---- the shortcomings paragraph -------------------------------------------------------------------------

const SALUTATION_LEAD = /^(各位代表|各位委员|各位常委)\s*[！!，,]\s*/;
const SHORTCOMINGS_FIRST = new Set(Array.from('回同我但当在与也必这过对肯总看', (c) => c.charCodeAt(0)));
const OPENING = /^(回顾|同时|我们也|我们|但|当然|在肯定|与此同时|也要|必须|这些|这一年|过去一年|对此|在?(看到|肯定|总结)成绩的?同时)/;
const ADMITS = /(存在|还有|面临|看到|仍有|清醒地?认识到|清醒地?意识到)[^。！]{0,24}(差距|不足|问题|挑战|短板|困难)/;

/** Where the shortcomings sentence starts in a paragraph: after a salutation run into it (各位代表！我们也……). */
function leadOffset(s: string): number {
  if (s.charCodeAt(0) !== 0x5404) return 0; // 各
  const m = SALUTATION_LEAD.exec(s);
  return m ? m[0].length : 0;
}

/**
 * The shortcomings paragraph (差距与不足): 回顾过去的一年，我们的工作还存在差距 / 在肯定成绩的同时，我们也清醒看到面临的
 * 问题和挑战 / 总结成绩的同时，我们也清醒地认识到…… / 各位代表！我们也清醒地认识到…… : an opening that turns from the
 * achievements, then an admission (存在, 面临, 清醒认识到 …) of 差距, 不足, 问题, 挑战 within its first clauses.
 */
export function isShortcomingsParagraph(s: string): boolean {
  const at = leadOffset(s);
  if (!SHORTCOMINGS_FIRST.has(s.charCodeAt(at))) return false;
  const lead = at ? s.slice(at) : s;
  return OPENING.test(lead) && ADMITS.test(lead.slice(0, 60));
}

/**
 * The heading the outline shows for a shortcomings paragraph: its first sentence (to 。！？：；), without a
 * salutation run into it; offsets in the paragraph.
 */
export function shortcomingsLead(s: string): { start: number; end: number } {
  const start = leadOffset(s);
  const stop = /[。！？：；!?:;]/.exec(s.slice(start));
  return { start, end: stop ? start + stop.index : s.length };
}
