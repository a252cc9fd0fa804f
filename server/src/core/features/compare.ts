import type { OutlineNode, Report, ReportDocument } from '../parse/model';
import { partWithRole, shortcomingsOf } from '../parse/roles';

/**
 * "Did we report on everything we promised?" — this year's review read against last year's plan. Each task of
 * last year's annual plan is matched with the paragraphs of this year's review that report on it, without a
 * language model: the two texts share words (Chinese has no spaces, so character pairs stand for words), quoted
 * terms (“两新”, “百千万工程”) and the task's heading. Pairs every report uses (推进, 加强, 发展) weigh little: a
 * pair's weight falls with the number of paragraphs it appears in (inverse document frequency over both reports).
 * A review often answers ten tasks in seven paragraphs (一是……七是): a paragraph may answer several tasks, and a
 * task may be answered in several paragraphs.
 */

/** A task of the plan or a paragraph of the review, with its 0-based line. */
export interface Passage {
  readonly line: number;
  /** What a reader calls it: a task's heading, a paragraph's opening words. */
  readonly name: string;
  /** The heading (weighted higher) and the body of the passage. */
  readonly heading: string;
  readonly text: string;
}

export interface Match {
  readonly line: number;
  readonly name: string;
  /** 0 to 1: the cosine of the two passages' weighted vocabularies. */
  readonly score: number;
}

export interface TaskAnswer {
  readonly task: { readonly line: number; readonly name: string };
  /** Best first; empty when no paragraph of the review reports on the task. */
  readonly matches: readonly Match[];
}

/** Below this similarity a paragraph is not taken to report on the task (calibrated on a real pair of reports). */
export const MIN_SCORE = 0.05;
const MAX_MATCHES = 3;
const HEADING_WEIGHT = 2;
const QUOTED_WEIGHT = 3;

/** Words of every report's vocabulary: they say nothing about which task a paragraph answers. */
const COMMON = new Set([
  '推进', '推动', '加强', '加快', '发展', '建设', '工作', '全面', '深入', '坚持', '实施', '提升', '持续', '高质',
  '质量', '进一', '一步', '完善', '更加', '积极', '不断', '我们', '全省', '全市', '全区', '全国', '重点', '提高',
  '水平', '体系', '机制', '强化', '支持', '促进', '开展', '落实', '实现', '努力', '大力', '有效', '年来', '一年',
]);

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** The features of a text: character pairs inside runs of Chinese, and quoted terms as wholes. */
export function features(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, weight: number) => out.set(key, (out.get(key) ?? 0) + weight);
  for (const m of text.matchAll(/[“「《]([^”」》]{2,20})[”」》]/g)) add(`“${m[1]}”`, QUOTED_WEIGHT);
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) { prev = -1; continue; }
    if (prev >= 0) {
      const pair = text.slice(i - 1, i + 1);
      if (!COMMON.has(pair)) add(pair, 1);
    }
    prev = c;
  }
  return out;
}

function passageFeatures(p: Passage): Map<string, number> {
  const f = features(p.text);
  for (const [k, w] of features(p.heading)) f.set(k, (f.get(k) ?? 0) + w * HEADING_WEIGHT);
  return f;
}

/** Matches every task with the passages that answer it, best first; the tasks keep their order. */
export function matchTasks(tasks: readonly Passage[], answers: readonly Passage[]): TaskAnswer[] {
  const taskFeatures = tasks.map(passageFeatures);
  const answerFeatures = answers.map(passageFeatures);
  // Inverse document frequency over both reports' passages: a pair in half of them carries almost nothing.
  const df = new Map<string, number>();
  for (const f of [...taskFeatures, ...answerFeatures]) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = taskFeatures.length + answerFeatures.length;
  const idf = (k: string) => Math.log((n + 1) / ((df.get(k) ?? 0) + 1));
  const vector = (f: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, w] of f) {
      const x = (1 + Math.log(w)) * idf(k);
      v.set(k, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) || 1 };
  };
  const taskVectors = taskFeatures.map(vector);
  const answerVectors = answerFeatures.map(vector);
  return tasks.map((task, t) => {
    const tv = taskVectors[t];
    const matches: Match[] = [];
    answers.forEach((answer, a) => {
      const av = answerVectors[a];
      let dot = 0;
      for (const [k, x] of tv.v) {
        const y = av.v.get(k);
        if (y !== undefined) dot += x * y;
      }
      const score = dot / (tv.norm * av.norm);
      if (score >= MIN_SCORE) matches.push({ line: answer.line, name: answer.name, score: Math.round(score * 100) / 100 });
    });
    matches.sort((x, y) => y.score - x.score || x.line - y.line);
    return { task: { line: task.line, name: task.name }, matches: matches.slice(0, MAX_MATCHES) };
  });
}

/** The paragraphs of a node's range, by number. */
function paragraphsOf(doc: ReportDocument, node: OutlineNode): number[] {
  const out: number[] = [];
  const ps = doc.paragraphs;
  let i = ps.at(node.range.start);
  if (i < 0) return out;
  for (; i < ps.length && ps.start(i) < node.range.end; i++) out.push(i);
  return out;
}

const opening = (s: string) => {
  const stop = s.search(/[。；！？]/);
  const first = stop > 0 ? s.slice(0, stop) : s;
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
};

/** The tasks of a plan part: its numbered items (heading + body), or its paragraphs when it numbers none. */
export function planTasks(doc: ReportDocument, plan: OutlineNode): Passage[] {
  const items = plan.children.filter((c) => c.marker);
  if (items.length === 0) return reviewPassages(doc, plan);
  return items.map((item) => {
    const body = paragraphsOf(doc, item).map((i) => doc.paragraphs.text(i)).join('');
    const marker = item.marker ? doc.text.slice(item.marker.start, item.marker.end) : '';
    return { line: item.line, name: `${marker}${item.heading}`, heading: item.heading, text: body };
  });
}

/**
 * The paragraphs of a review part that report on work done: body paragraphs, without the part's heading and
 * without the shortcomings (the shortcomings node's paragraphs: its lead and whatever follows it in the node,
 * 一是……二是…… of the problems), which report on no task.
 */
export function reviewPassages(doc: ReportDocument, review: OutlineNode, skip: readonly OutlineNode[] = []): Passage[] {
  const out: Passage[] = [];
  const skipped = (offset: number) => skip.some((n) => offset >= n.range.start && offset < n.range.end);
  for (const i of paragraphsOf(doc, review)) {
    if (doc.paragraphs.kind(i) !== 'body' || skipped(doc.paragraphs.start(i))) continue;
    const text = doc.paragraphs.text(i);
    out.push({ line: doc.paragraphs.line(i), name: opening(text), heading: '', text });
  }
  return out;
}

export interface ReportParts {
  readonly review?: OutlineNode;
  readonly plan?: OutlineNode;
}

export interface Comparison {
  readonly answers: TaskAnswer[];
  /** Why there is nothing to compare, when there is not. */
  readonly missing?: 'plan' | 'review';
  /** This year's review part (where the editor reports the unanswered tasks). */
  readonly review?: OutlineNode;
}

/** A report's annual review and annual plan parts, as the part roles name them (parse/roles.ts). */
export function annualParts(report: Report): ReportParts {
  return { review: partWithRole(report, 'review'), plan: partWithRole(report, 'plan') };
}

/**
 * Last year's plan against this year's review: the first report of `last` with an annual plan part, the first
 * of `current` with an annual review part. `partsOf` overrides how the parts are found (by default their roles).
 */
export function compareReports(last: ReportDocument, current: ReportDocument, partsOf: (r: Report) => ReportParts = annualParts): Comparison {
  const plan = last.reports.map((r) => partsOf(r).plan).find((p) => p);
  if (!plan) return { answers: [], missing: 'plan' };
  const report = current.reports.find((r) => partsOf(r).review);
  const review = report && partsOf(report).review;
  if (!report || !review) return { answers: [], missing: 'review' };
  const skip = shortcomingsOf(report).filter((s) => s.range.start >= review.range.start && s.range.start < review.range.end);
  return { answers: matchTasks(planTasks(last, plan), reviewPassages(current, review, skip)), review };
}

/** The tasks each review paragraph answers, by the paragraph's 0-based line (for a hover on the paragraph). */
export function tasksByParagraph(comparison: Comparison): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const a of comparison.answers) {
    for (const m of a.matches) {
      const names = out.get(m.line);
      if (names) names.push(a.task.name);
      else out.set(m.line, [a.task.name]);
    }
  }
  return out;
}

/** The tasks of last year's plan that no paragraph of the review reports on. */
export function unansweredTasks(comparison: Comparison): TaskAnswer['task'][] {
  return comparison.answers.filter((a) => a.matches.length === 0).map((a) => a.task);
}
