import { memoize, type OutlineNode, type Report, type ReportDocument } from '../parse/model';
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

/**
 * A passage's features in the order they were first seen, each as its id in the plan's vocabulary (-1 for a
 * feature no task has, which adds to the passage's length but to no score) and its term weight 1 + log(w).
 */
interface Weighted {
  readonly keys: readonly string[];
  readonly ids: Int32Array;
  readonly tf: Float64Array;
}

function weigh(p: Passage, vocabulary: Map<string, number>, grow: boolean): Weighted {
  const f = passageFeatures(p);
  const keys = [...f.keys()];
  const ids = new Int32Array(keys.length);
  const tf = new Float64Array(keys.length);
  let i = 0;
  for (const [k, w] of f) {
    let id = vocabulary.get(k);
    if (id === undefined && grow) vocabulary.set(k, (id = vocabulary.size));
    ids[i] = id ?? -1;
    tf[i++] = 1 + Math.log(w);
  }
  return { keys, ids, tf };
}

/**
 * The tasks of a plan with their features, made once per plan (per parse of last year's report): the
 * vocabulary of all tasks, and how many tasks have each feature.
 */
class PlanFeatures {
  readonly vocabulary = new Map<string, number>();
  readonly weighted: readonly Weighted[];
  readonly taskCount: Int32Array;

  constructor(readonly tasks: readonly Passage[]) {
    this.weighted = tasks.map((t) => weigh(t, this.vocabulary, true));
    this.taskCount = new Int32Array(this.vocabulary.size);
    for (const w of this.weighted) for (const id of w.ids) this.taskCount[id]++;
  }

  /** A passage of the review, read against this plan's vocabulary. */
  weigh(p: Passage): Weighted {
    return weigh(p, this.vocabulary, false);
  }
}

/** A weighted passage as a vector: each feature's tf·idf, in the passage's order, and the vector's length. */
function vectorOf(w: Weighted, idf: (i: number) => number): { x: Float64Array; norm: number } {
  const x = new Float64Array(w.ids.length);
  let norm = 0;
  for (let i = 0; i < x.length; i++) {
    x[i] = w.tf[i] * idf(i);
    norm += x[i] * x[i];
  }
  return { x, norm: Math.sqrt(norm) || 1 };
}

/** The dot product of a task's vector with a vector spread over the vocabulary, summed in the task's order. */
function dot(ids: Int32Array, x: Float64Array, spread: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < ids.length; i++) sum += x[i] * spread[ids[i]];
  return sum;
}

/**
 * The cosine of every task with every answer (scores[t * answers.length + a]). Inverse document frequency over
 * both reports' passages: a pair in half of them carries almost nothing. Each sum runs in the order of the
 * passage's features, so that the scores are the same whichever passages were read before.
 */
function cosines(plan: PlanFeatures, answers: readonly Weighted[]): Float64Array {
  const n = plan.weighted.length + answers.length;
  const df = plan.taskCount.slice();
  const dfOutside = new Map<string, number>();
  for (const w of answers) {
    for (let i = 0; i < w.ids.length; i++) {
      if (w.ids[i] >= 0) df[w.ids[i]]++;
      else dfOutside.set(w.keys[i], (dfOutside.get(w.keys[i]) ?? 0) + 1);
    }
  }
  // A frequency is a count of passages, 1 to n: one logarithm per count, not per feature.
  const idfOf = Array.from({ length: n + 1 }, (_, count) => Math.log((n + 1) / (count + 1)));
  const vector = (w: Weighted) => vectorOf(w, (i) => idfOf[w.ids[i] >= 0 ? df[w.ids[i]] : dfOutside.get(w.keys[i])!]);
  const tasks = plan.weighted;
  const taskVectors = tasks.map(vector);
  const scores = new Float64Array(tasks.length * answers.length);
  // The answer's vector spread over the vocabulary: a feature the answer lacks adds x · 0 = +0, which leaves
  // the sum as it was, so the score is the one of summing the shared features alone.
  const spread = new Float64Array(df.length);
  for (let a = 0; a < answers.length; a++) {
    const ids = answers[a].ids;
    const av = vector(answers[a]);
    for (let i = 0; i < ids.length; i++) if (ids[i] >= 0) spread[ids[i]] = av.x[i];
    for (let t = 0; t < tasks.length; t++) scores[t * answers.length + a] = dot(tasks[t].ids, taskVectors[t].x, spread) / (taskVectors[t].norm * av.norm);
    for (let i = 0; i < ids.length; i++) if (ids[i] >= 0) spread[ids[i]] = 0;
  }
  return scores;
}

/** The matches of each task from the cosines: those above MIN_SCORE, best first, at most MAX_MATCHES. */
function answersFrom(tasks: readonly Passage[], answers: readonly Passage[], scores: Float64Array): TaskAnswer[] {
  return tasks.map((task, t) => {
    const matches: Match[] = [];
    answers.forEach((answer, a) => {
      const score = scores[t * answers.length + a];
      if (score >= MIN_SCORE) matches.push({ line: answer.line, name: answer.name, score: Math.round(score * 100) / 100 });
    });
    matches.sort((x, y) => y.score - x.score || x.line - y.line);
    return { task: { line: task.line, name: task.name }, matches: matches.slice(0, MAX_MATCHES) };
  });
}

const samePassages = (a: readonly Passage[], b: readonly Passage[]) =>
  a.length === b.length && a.every((p, i) => p.text === b[i].text && p.heading === b[i].heading);

/**
 * One plan matched with successive versions of a review, as the editor checks them keystroke after keystroke:
 * a paragraph's features are read once per text, and while the review's paragraphs are unchanged (an edit
 * outside the review part) the cosines are reused, and the result itself while their lines are too. Every
 * other step is done again (the frequencies change with any paragraph), so the result is the same as
 * matching from scratch.
 */
class ReviewMatcher {
  private byText = new Map<string, Weighted>();
  private last?: { readonly answers: readonly Passage[]; readonly scores: Float64Array; readonly result: TaskAnswer[] };

  constructor(readonly plan: PlanFeatures) {}

  match(answers: readonly Passage[]): TaskAnswer[] {
    const last = this.last;
    if (last && samePassages(last.answers, answers)) {
      if (last.answers.every((p, i) => p.line === answers[i].line && p.name === answers[i].name)) return last.result;
      return this.keep(answers, last.scores);
    }
    // Only the current paragraphs stay cached: the map is made anew from the entries still in use.
    const byText = new Map<string, Weighted>();
    const weighted = answers.map((p) => {
      const key = p.heading ? `${p.heading}\n${p.text}` : p.text;
      const w = byText.get(key) ?? this.byText.get(key) ?? this.plan.weigh(p);
      byText.set(key, w);
      return w;
    });
    this.byText = byText;
    return this.keep(answers, cosines(this.plan, weighted));
  }

  private keep(answers: readonly Passage[], scores: Float64Array): TaskAnswer[] {
    const result = answersFrom(this.plan.tasks, answers, scores);
    this.last = { answers, scores, result };
    return result;
  }
}

/** Matches every task with the passages that answer it, best first; the tasks keep their order. */
export function matchTasks(tasks: readonly Passage[], answers: readonly Passage[]): TaskAnswer[] {
  return new ReviewMatcher(new PlanFeatures(tasks)).match(answers);
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

const PLAN = Symbol('last year’s plan and its tasks’ features');

/** The first annual plan part of `last` and its tasks' features: read once per parse of last year's report. */
function planOf(last: ReportDocument, partsOf: (r: Report) => ReportParts): PlanFeatures | undefined {
  const read = () => {
    const plan = last.reports.map((r) => partsOf(r).plan).find((p) => p);
    return plan && new PlanFeatures(planTasks(last, plan));
  };
  return partsOf === annualParts ? memoize(last, PLAN, read) : read();
}

/** The first annual review part of `current` and its paragraphs that report on work done. */
function reviewOf(current: ReportDocument, partsOf: (r: Report) => ReportParts): { review: OutlineNode; passages: Passage[] } | undefined {
  const report = current.reports.find((r) => partsOf(r).review);
  const review = report && partsOf(report).review;
  if (!report || !review) return undefined;
  const skip = shortcomingsOf(report).filter((s) => s.range.start >= review.range.start && s.range.start < review.range.end);
  return { review, passages: reviewPassages(current, review, skip) };
}

/**
 * Last year's plan against this year's review, for successive versions of this year's report (the editor
 * compares again after every edit): the first report of `last` with an annual plan part, the first of
 * `current` with an annual review part. The plan's tasks are read once per parse of `last`, a review
 * paragraph once per text (see ReviewMatcher). `partsOf` overrides how the parts are found (by default their
 * roles).
 */
export class ReportComparer {
  private matcher?: ReviewMatcher;

  constructor(readonly last: ReportDocument, private readonly partsOf: (r: Report) => ReportParts = annualParts) {}

  compare(current: ReportDocument): Comparison {
    const plan = planOf(this.last, this.partsOf);
    if (!plan) return { answers: [], missing: 'plan' };
    const found = reviewOf(current, this.partsOf);
    if (!found) return { answers: [], missing: 'review' };
    if (this.matcher?.plan !== plan) this.matcher = new ReviewMatcher(plan);
    return { answers: this.matcher.match(found.passages), review: found.review };
  }
}

/** Last year's plan against this year's review, once (see ReportComparer). */
export function compareReports(last: ReportDocument, current: ReportDocument, partsOf: (r: Report) => ReportParts = annualParts): Comparison {
  return new ReportComparer(last, partsOf).compare(current);
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
