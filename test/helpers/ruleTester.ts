import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixture, lines, REPO_ROOT } from './fixture';

export { lines, ofRule };
import { zh } from './l10n';
import { ofRule } from './check';
import type { WorkreportConfig } from '../../server/src/core/config/config';
import { fixAll } from '../../server/src/core/lint/applyFixes';
import type { Finding, Severity } from '../../server/src/core/lint/types';
import { ruleById } from '../../server/src/core/rules/index';

/**
 * One rule's specification as data, in the style of textlint-tester and markdownlint's fixtures:
 * - `valid`: texts on which the rule must say nothing;
 * - `invalid`: texts, the findings the rule must report (in document order), and optionally `output`, the text
 *   after applying this rule's fixes (its fix-all fixes; a quick-only rule's first fix), which is then checked
 *   again: no finding of the rule is left but those that offered no fix, and fixing twice equals fixing once.
 * Every case also runs with CRLF line ends (same lines and columns, output in CRLF), and a last test checks the
 * fixes the rule reported against its declared `fix` kind.
 */
export interface RuleSpec {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export interface ValidCase {
  name?: string;
  text: string;
  config?: WorkreportConfig;
}

export interface InvalidCase {
  name?: string;
  /** `$$` markers, if any, give each finding's start (one per finding) or its start and end (two per finding). */
  text: string;
  /** One entry per finding of this rule: its Chinese message, or the parts of it the case pins down. */
  errors: (string | Expected)[];
  output?: string;
  config?: WorkreportConfig;
  /** Set to a reason where the case cannot be written with CRLF line ends. */
  lfOnly?: string;
}

export interface Expected {
  /** The message as a Chinese user reads it. */
  message?: string;
  /** 1-based line and UTF-16 column of the finding's start, as an editor's status bar shows them. */
  line?: number;
  column?: number;
  severity?: Severity;
}

/** Fixture files of one rule: test/fixtures/rules/<id>/<name>, markers kept. */
export function ruleFixture(id: string, name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'rules', id, name), 'utf8');
}

/** The heading, date line and speaker of a 2023 NPC standing committee report. */
export const HEAD = lines('# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某');
export const REVIEW = '## 2022年工作回顾';
export const PLAN = lines('## 2023年工作设想', '一、加强学习', '学习正文。', '二、改进作风', '作风正文。');
/** A well-formed report around `body` (the review part's sections). */
export const report = (...body: string[]): string => lines(HEAD, REVIEW, ...body, PLAN);

export const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
/** A text with LF line ends, which gets a CRLF twin. */
const hasLf = (text: string): boolean => /(^|[^\r])\n/.test(text);

/** Applies one rule's fixes until none is left: its fix-all fixes, or the first fix of a quick-only rule. */
export function fixRule(text: string, id: string, config?: WorkreportConfig): string {
  const quickOnly = ruleById(id)?.fix === 'quick';
  return fixAll(text, (t) => ofRule(t, id, config).map((f) => (quickOnly ? { ...f, fixes: f.fixes.slice(0, 1).map((x) => ({ ...x, all: true })) } : f))).text;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function title(name: string | undefined, text: string): string {
  if (name) return name;
  const shown = text.replace(/\$\$/g, '').split(/\r?\n/).filter((l) => !HEAD.includes(l) && l !== REVIEW && !PLAN.includes(l)).join(' / ');
  return Array.from(shown).slice(0, 40).join('');
}

/** Compares the findings to the expectations, only on the keys each expectation gives. */
function assertFindings(id: string, c: InvalidCase, src: string): Finding[] {
  const { text, marks } = fixture(src);
  const found = ofRule(text, id, c.config);
  const expected = c.errors.map((e) => (typeof e === 'string' ? { message: e } : e));
  const paired = marks.length === 2 * expected.length && marks.length > 0;
  assert.ok(marks.length === 0 || marks.length === expected.length || paired, `${marks.length} markers for ${expected.length} findings`);
  const want = expected.map((e, k) => ({
    ...e,
    ...(marks.length ? { start: marks[paired ? 2 * k : k] } : {}),
    ...(paired ? { end: marks[2 * k + 1] } : {}),
  }));
  const got = found.map((f, k) => {
    const keys = want[k] ?? want[0] ?? {};
    const { line, column } = lineColumn(text, f.start);
    const all: Record<string, unknown> = { message: zh(f.message), line, column, severity: f.severity, start: f.start, end: f.end };
    return Object.fromEntries(Object.keys(keys).map((key) => [key, all[key]]));
  });
  assert.deepEqual(got, want);
  return found;
}

function assertOutput(id: string, c: InvalidCase, src: string, output: string): void {
  const { text } = fixture(src);
  const fixed = fixRule(text, id, c.config);
  assert.equal(fixed, output);
  // What is left is what had no fix the rule applies by itself: no fix at all, or, in a rule that fixes all, a
  // lightbulb-only fix that needs a person's judgement (a two-digit year is only probably this century's).
  const rule = ruleById(id);
  const appliedByItself = (f: Finding) => (rule?.fix === 'all' ? f.fixes.some((x) => x.all) : f.fixes.length > 0);
  const unfixable = ofRule(text, id, c.config).filter((f) => !appliedByItself(f)).map((f) => zh(f.message));
  assert.deepEqual(ofRule(fixed, id, c.config).map((f) => zh(f.message)), unfixable, 'no fixable finding of the rule is left after its fixes');
  assert.equal(fixRule(fixed, id, c.config), fixed, 'fixing twice equals fixing once');
}

/** The fixes a rule reported on its invalid cases agree with its declared kind. */
function assertFixKind(id: string, spec: RuleSpec): void {
  const rule = ruleById(id);
  assert.ok(rule, `${id} is in the registry`);
  const fixes = spec.invalid.flatMap((c) => ofRule(fixture(c.text).text, id, c.config)).flatMap((f) => f.fixes);
  if (rule.fix === 'none') assert.equal(fixes.length, 0, `${id} is declared without a fix`);
  if (rule.fix === 'quick') {
    assert.ok(fixes.length > 0, `${id} is declared with a quick fix`);
    assert.equal(fixes.filter((f) => f.all).length, 0, `${id}'s fixes stay out of fix-all`);
  }
  if (rule.fix === 'all') assert.ok(fixes.some((f) => f.all), `${id} is declared with a fix that joins fix-all`);
}

/** The least a rule's specification holds, so a new rule cannot land with a token test. */
function assertCoverage(id: string, spec: RuleSpec): void {
  assert.ok(spec.valid.length >= 2, `${id}: at least two valid cases`);
  assert.ok(spec.invalid.length >= 2, `${id}: at least two invalid cases`);
  assert.ok(spec.invalid.some((c) => /𠮷|😀/u.test(c.text)), `${id}: an invalid case with 𠮷 or 😀 (two UTF-16 units) before the finding`);
  assert.ok(spec.invalid.some((c) => !c.lfOnly && (hasLf(c.text) || c.text.includes('\r\n'))), `${id}: an invalid case that also runs with CRLF line ends`);
  if (ruleById(id)?.fix !== 'none') assert.ok(spec.invalid.some((c) => c.output !== undefined), `${id}: an output case for its fix`);
}

export function ruleTester(id: string, spec: RuleSpec): void {
  describe(id, () => {
    describe('valid', () => {
      for (const v of spec.valid) {
        const c = typeof v === 'string' ? { text: v } : v;
        it(title(c.name, c.text), () => {
          assert.deepEqual(ofRule(c.text, id, c.config).map((f) => zh(f.message)), []);
          if (hasLf(c.text)) assert.deepEqual(ofRule(toCrlf(c.text), id, c.config).map((f) => zh(f.message)), [], 'with CRLF line ends');
        });
      }
    });
    describe('invalid', () => {
      for (const c of spec.invalid) {
        const name = title(c.name, c.text);
        it(name, () => { assertFindings(id, c, c.text); });
        if (!c.lfOnly && hasLf(c.text)) it(`${name} (CRLF)`, () => { assertFindings(id, c, toCrlf(c.text)); });
        const output = c.output;
        if (output === undefined) continue;
        it(`${name}: output`, () => { assertOutput(id, c, c.text, output); });
        if (!c.lfOnly && hasLf(c.text)) it(`${name}: output (CRLF)`, () => { assertOutput(id, c, toCrlf(c.text), toCrlf(output)); });
      }
    });
    it(`reports fixes as declared (fix: '${ruleById(id)?.fix}')`, () => { assertFixKind(id, spec); });
    it('has two valid cases, two invalid ones (one after 𠮷 or 😀, one in CRLF) and an output case if it fixes', () => { assertCoverage(id, spec); });
  });
}
