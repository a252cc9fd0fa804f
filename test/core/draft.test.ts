import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parseReport } from '../../server/src/core/parse/parser';
import type { OutlineNode, Report } from '../../server/src/core/parse/model';
import { partsOf, partWithRole } from '../../server/src/core/parse/roles';
import { walk } from '../../server/src/core/parse/tree';
import { isPlaceholder, placeholdersIn } from '../../server/src/core/parse/placeholder';
import { draftNextYear } from '../../server/src/core/features/draftNextYear';
import { check } from '../helpers/check';
import { EXAMPLE, EXAMPLE_DRAFT, lines, requireShared, sharedTexts } from '../helpers/fixture';

// Next year's draft (features/draft): from this year's report (year Y), a report for Y + 1 that a clerk fills in.
// Its review lists every task of this year's plan; it keeps the opening and the goals, self-building and closing
// parts as headings; it carries no five-year part and no year before Y; every gap is a placeholder 【待补充：…】.

const tasksOf = (part: OutlineNode | undefined) => (part ? part.children.filter((c) => c.type === 'section' && c.marker).map((c) => c.heading) : []);
const opening = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).find((l) => /请予审议/.test(l));

/** What every draft must be, whatever the source: the "done when", one assertion each. */
function assertGoodDraft(name: string, source: string): void {
  const doc = parseReport(source);
  const draft = draftNextYear(doc).text;
  const out = parseReport(draft);
  assert.equal(out.reports.length, doc.reports.length, `${name}: one draft per report`);
  // (a) clean: no error or warning of its own checker.
  const faults = check(draft).filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(faults.map((f) => `${f.ruleId}: ${draft.slice(f.start, f.end)}`), [], `${name}: the draft is clean`);
  doc.reports.forEach((src, k) => {
    const y = src.sessionYear!;
    const next: Report = out.reports[k];
    assert.equal(next.sessionYear, y + 1, `${name}: the draft is for Y+1`);
    // (b) the review lists every task of this year's plan, in order.
    assert.deepEqual(tasksOf(partWithRole(next, 'review')), tasksOf(partWithRole(src, 'plan')), `${name}: review = last plan's tasks`);
    // (c) the plan names Y+1.
    const plan = partWithRole(next, 'plan');
    assert.ok(plan, `${name}: the draft has a plan part`);
    assert.ok(draft.slice(plan.range.start, plan.range.end).includes(`${y + 1}年`), `${name}: the plan names ${y + 1}`);
    // (e) no five-year part, no year before Y in any heading (title included).
    assert.ok(!partsOf(next).some((p) => p.role === 'five-year'), `${name}: no five-year part`);
    for (const h of [next.title, ...walk(next.children).map((n) => n.heading)]) {
      for (const m of h.matchAll(/(\d{4})年/g)) assert.ok(Number(m[1]) >= y, `${name}: “${h}” names a year before ${y}`);
    }
    assert.doesNotMatch(draft, /摘要/, `${name}: （摘要） is not carried`);
  });
  // (d) the opening is kept.
  const said = opening(source);
  if (said) assert.ok(draft.includes(said), `${name}: the opening “${said.slice(0, 20)}…” is kept`);
  // (f) one form of placeholder: every 待补充 is inside a 【待补充：…】.
  const spans = placeholdersIn(draft);
  assert.ok(spans.length > 0);
  for (const m of draft.matchAll(/待补充/g)) assert.ok(spans.some((s) => s.start < m.index! && m.index! < s.end), `${name}: a stray 待补充 at ${m.index}`);
}

describe('next year’s draft: on every real report, the seed and the examples', () => {
  for (const kind of ['corpus', 'seeds'] as const) {
    it(`${kind}: clean, the review lists last plan's tasks, the plan names Y+1, the opening kept, no year before Y`, function () {
      requireShared(this);
      const texts = sharedTexts(kind);
      assert.ok(texts.length > 0);
      for (const { name, text } of texts) assertGoodDraft(name, text);
    });
  }
  it('the examples', () => {
    for (const file of [EXAMPLE, EXAMPLE_DRAFT]) assertGoodDraft(file, fs.readFileSync(file, 'utf8'));
  });
});

/** A government report of 2025 in plain text, like the State Council's: a review without items, goals, the plan. */
const GOV = lines(
  '示例市政府工作报告',
  '——2025年1月10日在示例市第十届人民代表大会第三次会议上（摘要）',
  '示例市市长 王某某',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告2025年政府工作，请予审议。',
  '一、2024年和“十四五”时期工作回顾',
  '过去一年，我们完成了全年目标任务。',
  '同时，我们也清醒看到，发展中还存在不少困难和挑战。',
  '二、“十五五”时期主要目标任务',
  '今后五年，要推动高质量发展。',
  '三、2025年经济社会发展总体要求和政策取向',
  '做好今年工作，要坚持稳中求进。',
  '四、2025年政府工作任务',
  '（一）扩大国内需求',
  '促进消费。',
  '（二）发展新质生产力',
  '培育新兴产业。',
  '（三）保障和改善民生',
  '稳定就业。',
  '五、全面加强政府自身建设',
  '坚持依法行政。',
  '各位代表！让我们团结奋斗，确保“十四五”圆满收官！',
);

describe('next year’s draft: the report’s own forms', () => {
  it('a government report: review of the plan’s tasks, goals and self-building kept, no five-year part, no 摘要', () => {
    const draft = draftNextYear(parseReport(GOV));
    assert.equal(draft.sessionYear, 2026);
    const text = draft.text;
    assert.equal(text, lines(
      '示例市政府工作报告',
      '——2026年×月×日在示例市第十届人民代表大会第×次会议上',
      '示例市市长 王某某',
      '各位代表：',
      '现在，我代表市人民政府，向大会报告2026年政府工作，请予审议。',
      '一、2025年工作回顾',
      '（一）扩大国内需求',
      '【待补充：对照上年部署，写明完成情况、主要数据和成效】',
      '（二）发展新质生产力',
      '【待补充：对照上年部署，写明完成情况、主要数据和成效】',
      '（三）保障和改善民生',
      '【待补充：对照上年部署，写明完成情况、主要数据和成效】',
      '同时，我们也清醒看到，工作中还存在一些差距和不足：【待补充：存在的主要差距和不足，以及改进的打算】',
      '二、2026年经济社会发展总体要求和政策取向',
      '【待补充：2026年工作的总体要求（指导思想、工作思路）】',
      '【待补充：2026年主要预期目标】',
      '三、2026年政府工作任务',
      '（一）【待补充：第一项任务】',
      '【待补充：主要举措、目标和责任】',
      '（二）【待补充：第二项任务】',
      '【待补充：主要举措、目标和责任】',
      '四、全面加强政府自身建设',
      '【待补充：自身建设的安排】',
      '【待补充：结束语】',
    ).replace(/\n/g, '\n\n') + '\n');
    const out = parseReport(text).reports[0];
    assert.deepEqual(partsOf(out).map((p) => p.role), ['review', 'goals', 'plan', 'self-building']);
    assert.deepEqual(check(text).filter((f) => f.severity !== 'hint' && f.severity !== 'information'), []);
  });

  it('markdown hashes and half-width (一) are kept as the source writes them', () => {
    const md = lines(
      '# 示例县人大常委会工作报告', '——2025年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某',
      '## 2024年工作回顾', '### 一、加强监督', '正文。', '### 二、密切联系', '正文。',
      '## 2025年工作设想', '2025年，常委会将坚持正确方向。', '### 一、提升立法质量', '(一)加强审议。正文。', '(二)完善程序。正文。', '### 二、增强监督实效', '正文。',
    );
    const text = draftNextYear(parseReport(md)).text;
    assert.ok(text.includes('## 2025年工作回顾\n\n### 一、提升立法质量\n\n【待补充：'), text);
    assert.ok(text.includes('### 二、增强监督实效'));
    assert.ok(text.includes('## 2026年工作设想\n\n【待补充：2026年工作的总体考虑】\n\n### 一、【待补充：第一项任务】'), text);
    const half = GOV.replace(/（([一二三])）/g, '($1)');
    const items = draftNextYear(parseReport(half)).text;
    assert.ok(items.includes('(一)扩大国内需求') && items.includes('(三)保障和改善民生'), items);
    assert.ok(items.includes('(一)【待补充：第一项任务】'), items);
  });

  it('a plan without numbered tasks: one placeholder for the review, no lone or empty item', () => {
    const bare = lines('# 示例县人大常委会工作报告', '——2025年1月10日在示例县第十届人民代表大会第三次会议上（摘要）', '## 2024年主要工作回顾', '### 一、加强监督', '正文。', '### 二、加强联系', '正文。', '## 2025年工作设想', '2025年，常委会将继续努力。');
    const text = draftNextYear(parseReport(bare)).text;
    assert.ok(text.includes('## 2025年主要工作回顾\n\n【待补充：对照2025年工作部署，逐项写明完成情况、主要数据和成效】'), text);
    assert.deepEqual(check(text).filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
  });

  it('a CRLF source gives a CRLF draft, the same lines as its LF twin', () => {
    const crlf = GOV.replace(/\n/g, '\r\n');
    const draft = draftNextYear(parseReport(crlf)).text;
    assert.doesNotMatch(draft.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends in CRLF');
    assert.equal(draft, draftNextYear(parseReport(GOV)).text.replace(/\n/g, '\r\n'));
  });

  it('placeholders are of one form the checker knows: listed as hints, never tripping structure rules', () => {
    const text = draftNextYear(parseReport(GOV)).text;
    const hints = check(text).filter((f) => f.ruleId === 'placeholder');
    assert.equal(hints.length, placeholdersIn(text).length);
    assert.ok(hints.every((f) => f.severity === 'hint' && isPlaceholder(text.slice(f.start, f.end))));
  });
});
