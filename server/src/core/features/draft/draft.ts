import type { OutlineNode, Report, ReportDocument } from '../../parse/model';
import { headingCues, partsWithRole, partWithRole } from '../../parse/roles';
import { ASK, SHORTCOMINGS_LEAD } from './placeholders';
import { headingLike, nextDateLine, withAnnualYear, yearsMovedOn } from './forms';

export interface NextYearDraft {
  readonly text: string;
  /** The draft's session year: Y + 1. */
  readonly sessionYear?: number;
}

/**
 * Next year's draft from this year's report, as offices start one every autumn, built on the report's part
 * roles (parse/roles.ts) rather than its headings' words: the header with the year moved on and the unknowns
 * as ×; the opening paragraph; a review of year Y listing every task of this year's annual plan, each with a
 * placeholder asking how it went; the goals; a plan for Y + 1 of placeholders; the self-building and closing
 * parts as headings. Five-year parts are not carried (they belong to the first year of a period), nor is
 * anything of this year's text that would be wrong next year. Every gap is a placeholder 【待补充：…】.
 */
export function draftNextYear(doc: ReportDocument, sessionYearOverride?: number): NextYearDraft {
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  let next: number | undefined;
  const drafts = doc.reports.map((report) => {
    const y = sessionYearOverride ?? report.sessionYear ?? new Date().getFullYear();
    next = y + 1;
    return draftReport(doc, report, y).join(eol + eol);
  });
  return { text: drafts.join(eol + eol) + eol, sessionYear: next };
}

/** The paragraphs that belong to a node itself (not to its items), in order. */
function ownParagraphs(doc: ReportDocument, node: OutlineNode): number[] {
  const out: number[] = [];
  const ps = doc.paragraphs;
  for (let p = firstFrom(doc, node.range.start); p < ps.length && ps.start(p) < node.range.end; p++) {
    if (ps.nodeOf(p) === node && ps.headingOf(p) === undefined && ps.kind(p) !== 'heading') out.push(p);
  }
  return out;
}

/** The first paragraph starting at or after an offset (paragraphs are in document order). */
function firstFrom(doc: ReportDocument, offset: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The numbered items of a part: the tasks of a plan. */
const itemsOf = (part: OutlineNode | undefined) => (part ? part.children.filter((c) => c.type === 'section' && c.marker) : []);

/** Blocks (paragraphs and heading lines) of one report's draft. */
function draftReport(doc: ReportDocument, report: Report, y: number): string[] {
  const next = y + 1;
  const blocks: string[] = [...header(doc, report, y), ...opening(doc, report, y)];
  const review = partWithRole(report, 'review');
  const plan = partWithRole(report, 'plan');
  const tasks = itemsOf(plan);
  // Forms: a part's (its hashes, its 一、 when parts are numbered) and an item's (（一） or (一) or ### 一、).
  const partForm = review ?? plan ?? report.children.find((c) => c.type === 'part');
  const itemForm = tasks[0] ?? itemsOf(review)[0] ?? report.children.map((p) => itemsOf(p)[0]).find(Boolean);
  let partNo = 0;
  const part = (like: OutlineNode | undefined, heading: string) => headingLike(doc, like ?? partForm, ++partNo, heading);

  blocks.push(part(review, reviewHeading(review, y)));
  if (tasks.length === 0) blocks.push(ASK.review(y));
  tasks.forEach((t, i) => blocks.push(headingLike(doc, itemForm, i + 1, t.heading), ASK.task));
  blocks.push(SHORTCOMINGS_LEAD + ASK.shortcomings);

  for (const goals of partsWithRole(report, 'goals')) {
    blocks.push(part(goals, withAnnualYear(goals.heading, next)), ASK.requirements(next), ASK.targets(next));
  }
  blocks.push(part(plan, plan ? withAnnualYear(plan.heading, next) : `${next}年工作安排`));
  blocks.push(...planLead(doc, plan, next));
  if (itemForm) for (const n of [1, 2]) blocks.push(headingLike(doc, itemForm, n, ASK.taskHeading(n)), ASK.taskBody);
  else blocks.push(ASK.plan(next));

  for (const kept of [...partsWithRole(report, 'self-building'), ...partsWithRole(report, 'closing')]) {
    blocks.push(part(kept, withAnnualYear(kept.heading, next)), kept.role === 'closing' ? ASK.closing : ASK.selfBuilding);
  }
  if (report.closing.length > 0) blocks.push(ASK.closing);
  return blocks;
}

/** Title, date line and speaker of next year's report. */
function header(doc: ReportDocument, report: Report, y: number): string[] {
  const next = y + 1;
  const title = yearsMovedOn(report.title || '工作报告', y);
  const out = [report.markdown ? `# ${title}` : title];
  const date = report.dateLine ? doc.text.slice(report.dateLine.start, report.dateLine.end) : `——${y}年×月×日在××第×次会议上`;
  out.push(nextDateLine(date, next));
  // The speaker may share the date line (……会议上 陕西省省长 赵刚): then it is already there.
  const ownLine = report.speaker && !(report.dateLine && report.speaker.start < report.dateLine.end);
  if (report.speaker && ownLine) out.push(doc.text.slice(report.speaker.start, report.speaker.end).trim());
  return out;
}

/** 向大会报告……请予审议: what the opening paragraph says, whoever the speaker represents. */
const OPENING = /向大会报告|请予审议/;

/**
 * The opening: the salutation (各位代表：) and the paragraph that presents the report (现在，我代表……向大会报告工作，
 * 请予审议), between the header and the first part, with the year moved on. Web noise and a preamble are not kept.
 */
function opening(doc: ReportDocument, report: Report, y: number): string[] {
  const ps = doc.paragraphs;
  const first = report.children[0];
  const out: string[] = [];
  for (const p of ownParagraphs(doc, report)) {
    if (first && ps.start(p) >= first.range.start) break;
    const kind = ps.kind(p);
    const text = ps.text(p);
    if (kind === 'salutation' && out.length === 0 && !OPENING.test(text)) out.push(text);
    else if ((kind === 'body' || kind === 'salutation') && OPENING.test(text)) {
      out.push(yearsMovedOn(text, y));
      break;
    }
  }
  return out.length > 0 && OPENING.test(out[out.length - 1]) ? out : [];
}

/**
 * The review's heading, about year Y: the source's with its year moved on; a review combined with or made of a
 * five-year one (2025年和“十四五”时期工作回顾, 过去五年工作回顾) becomes the annual one it will be next year.
 */
function reviewHeading(review: OutlineNode | undefined, y: number): string {
  if (!review) return `${y}年工作回顾`;
  const cues = headingCues(review.heading);
  if (cues.fiveYear) return `${y}年工作回顾`;
  return cues.year !== undefined ? withAnnualYear(review.heading, y) : review.heading;
}

/** Words of the goals when they open the plan part (做好今年工作，要……; 主要预期目标是……). */
const GOALS_WORDS = /总体要求|预期目标|主要目标|指导思想|政策取向/;
const TARGET_WORDS = /预期目标|主要目标/;

/**
 * What stands before the plan's first task, as placeholders: the goals, when the source's plan opens with them
 * (the goals paragraphs of a report without a goals part); a lead paragraph otherwise, when it has one.
 */
function planLead(doc: ReportDocument, plan: OutlineNode | undefined, next: number): string[] {
  if (!plan) return [];
  const firstTask = itemsOf(plan)[0];
  const lead = ownParagraphs(doc, plan).filter((p) => !firstTask || doc.paragraphs.start(p) < firstTask.range.start);
  if (lead.length === 0) return [];
  const texts = lead.map((p) => doc.paragraphs.text(p));
  if (!texts.some((s) => GOALS_WORDS.test(s))) return [ASK.planLead(next)];
  // Targets are a government report's (主要预期目标); a standing committee's plan has requirements only.
  return texts.some((s) => TARGET_WORDS.test(s)) ? [ASK.requirements(next), ASK.targets(next)] : [ASK.requirements(next)];
}
