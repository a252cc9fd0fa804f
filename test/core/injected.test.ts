import { strict as assert } from 'assert';
import { sharedTexts, requireShared, HAVE_SHARED } from '../helpers/fixture';
import { structural } from '../helpers/check';
import { parseReport } from '../../server/src/core/parse/parser';
import { check } from '../../server/src/core/features/check';
import { resolveConfig } from '../../server/src/core/config/config';
import { siblingGroups } from '../../server/src/core/parse/tree';
import type { OutlineNode, ReportDocument } from '../../server/src/core/parse/model';

/**
 * Defects planted one at a time in the real reports, at many places each: the rule that names the defect must
 * fire on the line where it was planted. What a drafter does to a report (deletes a section, copies a number,
 * types a Latin dot, a half-width bracket, last year's year, a 。 after a heading, a line break in a sentence)
 * is what the checker is for; the clean texts, meanwhile, must stay free of structural errors and warnings.
 */
interface Injection {
  readonly kind: string;
  readonly text: string;
  /** 0-based line of the mutated text where `rule` must fire. */
  readonly line: number;
  readonly rule: string;
  readonly where: string;
}

const CONFIG = resolveConfig();
/** At most this many places per kind and report, spread over the report. */
const PER_KIND = 12;

function spread<T>(items: readonly T[], n = PER_KIND): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, k) => items[Math.floor((k * items.length) / n)]);
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

const markerText = (doc: ReportDocument, n: OutlineNode) => doc.text.slice(n.marker!.start, n.marker!.end);
const lineStart = (doc: ReportDocument, line: number) => doc.lines.start(line);

/** Sibling runs of numbered nodes, each node on a line of its own (the seed's run-together items aside). */
function runs(doc: ReportDocument): OutlineNode[][] {
  return siblingGroups(doc).flatMap((g) => g.runs.map((run) => run.filter((n) => !n.inline && n.marker!.brackets !== 'glyph')));
}

/** A section deleted, heading and body: the next sibling's number now skips one (or the run starts at 二). */
function deleteSection(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  for (const run of runs(doc)) {
    for (let i = 0; i + 1 < run.length; i++) {
      const n = run[i], next = run[i + 1];
      if (next.line === n.line) continue;
      const start = lineStart(doc, n.line), end = lineStart(doc, next.line);
      const text = splice(doc.text, start, end, '');
      out.push({ kind: 'delete-section', text, line: lineOf(text, start), rule: i === 0 ? 'numbering-start' : 'numbering-sequence', where: `${name}:${n.line + 1} ${markerText(doc, n)}` });
    }
  }
  return spread(out);
}

/** A section's number copied from the one before it: 一、二、二、四. */
function repeatNumber(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  for (const run of runs(doc)) {
    for (let i = 1; i < run.length; i++) {
      const m = run[i].marker!, prev = run[i - 1].marker!;
      if (prev.value !== m.value - 1) continue;
      const text = splice(doc.text, m.numeralStart, m.numeralEnd, doc.text.slice(prev.numeralStart, prev.numeralEnd));
      out.push({ kind: 'repeat-number', text, line: run[i].line, rule: 'numbering-sequence', where: `${name}:${run[i].line + 1} ${markerText(doc, run[i])}` });
    }
  }
  return spread(out);
}

/** 一. for 一、. */
function latinDot(name: string, doc: ReportDocument): Injection[] {
  const out = doc.numbered.filter((n) => n.marker!.level === 1 && n.marker!.mark === '、').map((n): Injection => ({
    kind: 'latin-dot', text: splice(doc.text, n.marker!.markStart, n.marker!.end, '.'), line: n.line, rule: 'marker-punctuation', where: `${name}:${n.line + 1} ${markerText(doc, n)}`,
  }));
  return spread(out);
}

/** (一） for （一）, or (一） for the seed's (一). */
function mixedBrackets(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  for (const n of doc.numbered) {
    const m = n.marker!;
    if (m.level !== 2 || (m.brackets !== 'full' && m.brackets !== 'half')) continue;
    const text = m.brackets === 'full' ? splice(doc.text, m.start, m.start + 1, '(') : splice(doc.text, m.numeralEnd, m.numeralEnd + 1, '）');
    out.push({ kind: 'mixed-brackets', text, line: n.line, rule: 'marker-bracket', where: `${name}:${n.line + 1} ${markerText(doc, n)}` });
  }
  return spread(out);
}

/** A stand-alone heading among stand-alone siblings given a 。. */
function headingFullStop(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  for (const run of runs(doc)) {
    if (run.length < 2 || run.some((n) => n.runIn || n.markdown)) continue;
    for (const n of run) {
      const end = doc.lines.end(n.line);
      let at = end;
      while (at > 0 && /[\s\u3000]/.test(doc.text[at - 1])) at--;
      if (!/[\u4e00-\u9fff”）》]/.test(doc.text[at - 1])) continue;
      out.push({ kind: 'heading-full-stop', text: splice(doc.text, at, at, '。'), line: n.line, rule: 'heading-punctuation', where: `${name}:${n.line + 1} ${markerText(doc, n)}` });
    }
  }
  return spread(out);
}

/** A body paragraph broken mid-sentence, between two Han characters, as a paste from Word or PDF leaves it. */
function brokenParagraph(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  const { paragraphs, text } = doc;
  for (let p = 0; p < paragraphs.length; p++) {
    if (paragraphs.kind(p) !== 'body' || paragraphs.headingOf(p) !== undefined) continue;
    const body = paragraphs.text(p);
    if (body.length < 30) continue;
    for (let k = Math.floor(body.length / 2); k < body.length - 10; k++) {
      // Between two Han characters, the second not one a numbered or enumerated line could start with.
      if (!/[\u4e00-\u9fff]/.test(body[k - 1]) || !/[\u4e00-\u9fff]/.test(body[k]) || /[一二三四五六七八九十第各同回我但当在与也必这过对]/.test(body[k])) continue;
      const at = paragraphs.start(p) + k;
      out.push({ kind: 'broken-paragraph', text: splice(text, at, at, '\n'), line: paragraphs.line(p), rule: 'broken-paragraph', where: `${name}:${paragraphs.line(p) + 1} …${body.slice(k - 6, k)}|${body.slice(k, k + 4)}…` });
      break;
    }
  }
  return spread(out);
}

/** Last year's year in a part heading: the review one year older, the plan still last year's (a copied draft). */
function stalePartYear(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  for (const r of doc.reports) {
    for (const part of r.children) {
      if (!part.yearRange || (part.role !== 'review' && part.role !== 'plan') || /时期|五年/.test(part.heading)) continue;
      const text = splice(doc.text, part.yearRange.start, part.yearRange.end, String(part.year! - 1));
      out.push({ kind: 'stale-part-year', text, line: part.line, rule: 'year-mismatch', where: `${name}:${part.line + 1} ${part.heading}` });
    }
  }
  return out;
}

/**
 * A stale year in a combined review heading (2026: 一、2025年和“十四五”时期工作回顾 still saying 2024): where the
 * report writes one, and where its review heading names only the year (一、2025年工作回顾 made combined).
 */
function staleCombinedYear(name: string, doc: ReportDocument): Injection[] {
  const out: Injection[] = [];
  for (const r of doc.reports) {
    const review = r.children.find((c) => c.role === 'review' && c.yearRange);
    if (!review) continue;
    const stale = String(review.year! - 1);
    if (/时期/.test(review.heading)) {
      out.push({ kind: 'stale-combined-year', text: splice(doc.text, review.yearRange!.start, review.yearRange!.end, stale), line: review.line, rule: 'year-mismatch', where: `${name}:${review.line + 1} ${review.heading.replace(String(review.year), stale)}` });
    } else if (/^\d{4}年工作回顾$/.test(review.heading.trim())) {
      const text = splice(doc.text, review.yearRange!.start, review.headingRange.end, `${stale}年和“十四五”时期工作回顾`);
      out.push({ kind: 'stale-combined-year', text, line: review.line, rule: 'year-mismatch', where: `${name}:${review.line + 1} ${stale}年和“十四五”时期工作回顾` });
    }
  }
  return out;
}

/** The date line's year mistyped as last year's while title and part headings say the session year. */
function dateLineYear(name: string, doc: ReportDocument): Injection[] {
  return doc.reports.filter((r) => r.dateYearRange && r.dateLine).map((r): Injection => ({
    kind: 'date-line-year', text: splice(doc.text, r.dateYearRange!.start, r.dateYearRange!.end, String(r.dateYear! - 1)),
    line: r.dateLine!.line, rule: 'year-mismatch', where: `${name}:${r.dateLine!.line + 1} ${r.dateYear! - 1}`,
  }));
}

const INJECTORS = [deleteSection, repeatNumber, latinDot, mixedBrackets, headingFullStop, brokenParagraph, stalePartYear, staleCombinedYear, dateLineYear];

function found(inj: Injection): boolean {
  const doc = parseReport(inj.text);
  return check(doc, CONFIG).some((f) => f.ruleId === inj.rule && doc.lines.lineAt(f.start) === inj.line);
}

const REAL = HAVE_SHARED ? [...sharedTexts('corpus'), ...sharedTexts('seeds')] : [];
const injections = REAL.flatMap(({ name, text }) => {
  const doc = parseReport(text);
  return INJECTORS.flatMap((inject) => inject(name.slice(0, 3), doc));
});

function rate(of: readonly Injection[]): { hits: number; misses: Injection[] } {
  const misses = of.filter((inj) => !found(inj));
  return { hits: of.length - misses.length, misses };
}

function print(title: string, of: readonly Injection[], misses: readonly Injection[]): void {
  const kinds = [...new Set(of.map((i) => i.kind))];
  const lines = kinds.map((k) => {
    const all = of.filter((i) => i.kind === k).length;
    const missed = misses.filter((i) => i.kind === k).length;
    return `      ${k.padEnd(20)} ${all - missed}/${all}`;
  });
  console.log(`    ${title}: ${of.length - misses.length}/${of.length} (${(100 * (of.length - misses.length) / Math.max(1, of.length)).toFixed(1)}%)\n${lines.join('\n')}`);
  for (const m of misses) console.log(`      missed ${m.kind} (${m.rule}) at ${m.where}`);
}

describe('injected defects in the real reports: the right rule on the right line', function () {
  this.timeout(120000);
  before(function () { requireShared(this); });

  it('the clean texts have no structural error or warning (the seed: its six broken paragraphs)', () => {
    for (const { name, text } of REAL) {
      const ids = structural(check(parseReport(text), CONFIG)).map((f) => f.ruleId);
      assert.deepEqual(ids, name.startsWith('000') ? Array(6).fill('broken-paragraph') : [], name);
    }
  });

  it('plants every kind of defect at many places', () => {
    for (const kind of ['delete-section', 'repeat-number', 'latin-dot', 'mixed-brackets', 'heading-full-stop', 'broken-paragraph', 'stale-part-year']) {
      assert.ok(injections.filter((i) => i.kind === kind).length >= 8, kind);
    }
  });

  it('finds at least 95% of them, each on its own line (stale years in combined headings and mistyped date lines too)', () => {
    const { hits, misses } = rate(injections);
    print('found', injections, misses);
    assert.ok(injections.filter((i) => i.kind === 'stale-combined-year' || i.kind === 'date-line-year').length >= 8, 'year defects planted');
    assert.ok(hits / injections.length >= 0.95, `${hits}/${injections.length}`);
  });
});
