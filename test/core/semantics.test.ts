import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../server/src/core/parse/parser';
import type { OutlineNode, Report } from '../../server/src/core/parse/model';
import { annualYear, resolveSessionYear, sessionYearOf, titleYearOf, type YearSource } from '../../server/src/core/parse/sessionYear';
import { assignRoles, headingCues, isShortcomingsParagraph, partWithRole, partsOf, shortcomingsOf } from '../../server/src/core/parse/roles';
import { documentSymbols } from '../../server/src/core/features/outline';
import { completeAt } from '../../server/src/core/features/completion';
import { translator } from '../../server/src/core/l10n/message';
import { fixture, lines } from '../helpers/fixture';
import { zh } from '../helpers/l10n';

/**
 * The meaning of a report's parts (parse/roles.ts) and its session year (parse/sessionYear.ts), on fixtures
 * written here in the shapes of real reports. The real reports themselves are in corpus.test.ts.
 */

const GOV_HEAD = lines('2026年示例省政府工作报告', '——2026年1月20日在示例省第十四届人民代表大会第四次会议上', '示例省省长 某某', '各位代表：', '现在，我代表省人民政府向大会报告工作。');
/** A government report: each 一、 is a part, items （一） beneath. */
const gov = (...body: string[]) => lines(GOV_HEAD, ...body, '各位代表！让我们团结奋斗！');
const items = (n: number) => Array.from({ length: n }, (_, k) => `（${'一二三四五六七八九十'[k]}）第${k + 1}项工作。正文。`);

/** The roles of a report's parts, in order, with the marker or heading that shows which part is meant. */
function roleList(report: Report): string[] {
  return report.children.map((c) => `${c.marker ? c.heading.slice(0, 4) : c.heading.slice(0, 4)}:${c.role}`);
}
const rolesOf = (text: string, r = 0) => roleList(parseReport(text).reports[r]);
/** Roles from headings alone (no items), for the pure function. */
const roles = (headings: string[], y?: number, itemCounts: number[] = []) => assignRoles(headings.map((heading, i) => ({ heading, items: itemCounts[i] ?? 0 })), y);

describe('part roles: what a heading and its place say', () => {
  it('a review combined with the five-year review is the annual review', () => {
    assert.deepEqual(roles(['2025年和“十四五”时期工作回顾', '“十五五”时期的主要目标和重点任务', '2026年工作安排'], 2026), ['review', 'five-year', 'plan']);
  });

  it('the review may name the five-year achievements after the year', () => {
    assert.deepEqual(roles(['2025年工作回顾和“十四五”时期发展成就', '2026年重点工作'], 2026), ['review', 'plan']);
  });

  it('a five-year part naming 任务 is not the annual plan', () => {
    assert.deepEqual(roles(['2025年工作回顾', '“十五五”时期主要目标任务', '2026年重点工作'], 2026, [6, 5, 9]), ['review', 'five-year', 'plan']);
  });

  it('a part naming a range of years is five-year', () => {
    assert.deepEqual(roles(['2025年工作回顾', '2026—2030年主要目标任务', '2026年重点工作'], 2026), ['review', 'five-year', 'plan']);
  });

  it('the goals part of the national report is goals, and the tasks after it the plan', () => {
    assert.deepEqual(roles(['2024年工作回顾', '2025年经济社会发展总体要求和政策取向', '2025年政府工作任务'], 2025), ['review', 'goals', 'plan']);
  });

  it('关于2026年工作 names no plan word and is the plan', () => {
    assert.deepEqual(roles(['2025年和“十四五”时期工作回顾', '“十五五”时期主要目标任务', '关于2026年工作'], 2026), ['review', 'five-year', 'plan']);
  });

  it('主要工作 looks back or ahead as its year says', () => {
    assert.deepEqual(roles(['2025年主要工作', '2026年主要工作'], 2026), ['review', 'plan']);
  });

  it('主要工作 without years: the first looks back, a later one ahead', () => {
    assert.deepEqual(roles(['过去一年的主要工作', '今后的主要工作'], undefined), ['review', 'plan']);
  });

  it('the government’s own conduct after the plan is self-building', () => {
    assert.deepEqual(roles(['工作回顾', '2026年工作安排', '“十五五”时期主要目标任务', '全面提升政府治理效能'], 2026), ['review', 'plan', 'five-year', 'self-building']);
  });

  it('an end-of-term report’s five-year review is its review', () => {
    assert.deepEqual(roles(['过去五年工作回顾', '今后五年的目标任务', '2023年工作安排', '全面加强政府自身建设'], 2023), ['review', 'five-year', 'plan', 'self-building']);
  });

  it('with an annual review, a five-year review is five-year', () => {
    assert.deepEqual(roles(['2025年工作回顾', '“十四五”时期发展成就和“十五五”时期主要目标任务', '2026年重点工作'], 2026), ['review', 'five-year', 'plan']);
  });

  it('exactly one review: a second review heading is other', () => {
    assert.deepEqual(roles(['2025年工作回顾', '2025年工作回顾', '2026年重点工作'], 2026), ['review', 'other', 'plan']);
  });

  it('among plan candidates, the one naming the session year is the plan', () => {
    assert.deepEqual(roles(['2025年工作回顾', '2025年工作安排', '2026年工作安排'], 2026, [3, 8, 2]), ['review', 'other', 'plan']);
  });

  it('among plan candidates of the same year, the one with most items is the plan', () => {
    assert.deepEqual(roles(['2025年工作回顾', '2026年工作打算', '2026年主要任务'], 2026, [3, 1, 9]), ['review', 'other', 'plan']);
  });

  it('a heading of a year and nothing else: Y-1 is the review, Y with its tasks the plan', () => {
    assert.deepEqual(roles(['2025年', '2026年'], 2026, [4, 6]), ['review', 'plan']);
  });

  it('a topic section that reads as a sentence names no role', () => {
    assert.deepEqual(roles(['坚持稳中求进，推动高质量发展取得新成效', '深化改革开放，增强发展动力'], 2026), ['other', 'other']);
  });

  it('a heading given a 。 by mistake still names its part', () => {
    assert.deepEqual(roles(['2025年工作回顾。', '“十五五”时期主要目标任务。', '2026年重点工作。'], 2026), ['review', 'five-year', 'plan']);
  });

  it('结束语 is the closing and 存在的不足 a shortcomings part', () => {
    assert.deepEqual(roles(['2025年工作回顾', '存在的不足', '2026年工作设想', '结束语'], 2026), ['review', 'shortcomings', 'plan', 'closing']);
  });

  it('appendices have the role appendix', () => {
    const text = gov('一、2025年工作回顾', '正文。', '二、2026年重点工作', ...items(2), '附件1', '2026年省十件民生实事', '一、第一件。正文。');
    assert.deepEqual(rolesOf(text), ['2025:review', '2026:plan', '附件1 :appendix']);
  });

  it('a report’s parts get their roles as parsed, numbered or markdown', () => {
    const md = lines('# 示例县人大常委会工作报告', '——2026年1月10日在示例县第十届人民代表大会第三次会议上', '## 2025年主要工作回顾', '一、加强监督', '正文。', '## 2026年工作设想', '一、加强学习', '正文。');
    assert.deepEqual(rolesOf(md), ['2025:review', '2026:plan']);
    assert.deepEqual(rolesOf(md.replace(/^#+ /gm, '')), ['2025:review', '2026:plan']);
  });

  it('partWithRole and partsOf give the draft and the rules one place to ask', () => {
    const report = parseReport(gov('一、2025年工作回顾', '正文。', '二、“十五五”时期主要目标任务', '正文。', '三、2026年重点工作', ...items(3))).reports[0];
    assert.equal(partsOf(report).length, 3);
    assert.equal(partWithRole(report, 'plan')?.heading, '2026年重点工作');
    assert.equal(partWithRole(report, 'five-year')?.line, report.children[1].line);
  });
});

describe('part headings: the annual year', () => {
  it('is the year a combined heading names', () => {
    assert.deepEqual(annualYear('2025年和“十四五”时期工作回顾'), { year: 2025, offset: 0 });
  });

  it('is none in a year range', () => {
    assert.equal(annualYear('2026—2030年主要目标任务'), undefined);
    assert.equal(annualYear('2021年至2025年发展成就'), undefined);
  });

  it('skips a vision year (2035年远景目标)', () => {
    assert.equal(annualYear('“十五五”时期主要目标和2035年远景目标'), undefined);
  });

  it('reads what the regular expressions of a year and a range match (the reference it replaced)', () => {
    const reference = (h: string) => {
      const ranges = [...h.matchAll(/(?<!\d)\d{4}年?\s*[—–\-－~～至到]\s*\d{4}年/g)].map((m) => [m.index, m.index + m[0].length]);
      const m = [...h.matchAll(/(?<!\d)(\d{4})年(?!远景)/g)].find((y) => !ranges.some(([a, b]) => y.index >= a && y.index < b));
      return m ? { year: Number(m[1]), offset: m.index } : undefined;
    };
    const alphabet = fc.constantFrom('2025', '2024', '1', '年', '远景', '—', '-', '至', ' ', '和', '“十四五”时期');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), (h) => {
      assert.deepEqual(annualYear(h), reference(h), h);
      assert.deepEqual(titleYearOf(h)?.year, new Set([...h.matchAll(/(?<!\d)(\d{4})年/g)].map((y) => y[1])).size === 1 ? Number(/(?<!\d)(\d{4})年/.exec(h)![1]) : undefined, h);
    }), { numRuns: 5000 });
  });

  it('tells five-year marks from annual ones', () => {
    assert.equal(headingCues('“十四五”时期经济社会发展回顾').fiveYear, true);
    assert.equal(headingCues('2025年工作回顾').fiveYear, false);
  });
});

describe('the shortcomings paragraph', () => {
  it('is recognised by the openings real reports use', () => {
    for (const s of [
      '在看到成绩的同时，我们也清醒认识到，工作中还存在一些不足。',
      '肯定成绩的同时，我们也清醒看到面临的问题和挑战。',
      '总结成绩的同时，我们也清醒地认识到，当前外部环境依然复杂，发展中的问题仍然不少。',
      '各位代表！我们也清醒地认识到，工作中还存在不少差距。',
      '同时我们也清醒认识到，发展还面临不少困难。',
      '回顾过去的一年，我们的工作还存在差距，主要是：',
      '同时，我省经济社会发展还面临一些困难和挑战，主要是：',
    ]) assert.ok(isShortcomingsParagraph(s), s);
  });

  it('is not any paragraph that names a problem', () => {
    for (const s of [
      '我们坚持问题导向，着力解决群众反映强烈的突出问题。',
      '各位代表！让我们更加紧密地团结起来。',
      '总结经验，我们深刻认识到，必须坚持党的领导。',
      '同时，全面完成年度目标任务。',
    ]) assert.ok(!isShortcomingsParagraph(s), s);
  });

  it('is a node of the part it closes, named by its first sentence', () => {
    const text = gov('一、2025年工作回顾', ...items(2), '总结成绩的同时，我们也清醒地认识到，工作中还存在不少差距。一是……', '二、2026年重点工作', ...items(2));
    const review = parseReport(text).reports[0].children[0];
    const node = review.children[review.children.length - 1];
    assert.deepEqual([node.type, node.role, node.heading], ['passage', 'shortcomings', '总结成绩的同时，我们也清醒地认识到，工作中还存在不少差距']);
  });

  it('leaves a salutation run into it out of its name', () => {
    const { text, marks } = fixture(gov('一、2025年工作回顾', '正文。', '各位代表！$$我们也清醒地认识到，工作中还存在不少差距$$。', '二、2026年重点工作', ...items(2)));
    const [node] = shortcomingsOf(parseReport(text).reports[0]);
    assert.deepEqual([node.headingRange.start, node.headingRange.end], marks);
  });

  it('holds the paragraphs that follow it, up to the next part', () => {
    const text = gov('一、2025年工作回顾', '正文。', '我们也清醒看到工作中存在的不足。', '对此，我们将认真加以解决。', '二、2026年重点工作', ...items(2));
    const doc = parseReport(text);
    const [node] = shortcomingsOf(doc.reports[0]);
    assert.equal(doc.text.slice(node.range.start, node.range.end), '我们也清醒看到工作中存在的不足。\n对此，我们将认真加以解决。');
  });

  it('ends at a salutation', () => {
    const text = gov('一、2025年工作回顾', '正文。', '我们也清醒看到工作中存在的不足。', '各位代表！成绩来之不易。', '二、2026年重点工作', ...items(2));
    const doc = parseReport(text);
    const [node] = shortcomingsOf(doc.reports[0]);
    assert.equal(doc.text.slice(node.range.start, node.range.end), '我们也清醒看到工作中存在的不足。');
  });

  it('ends at a numbered line, which goes to the part', () => {
    const text = lines('# 示例县人大常委会工作报告', '——2026年1月10日在示例县第十届人民代表大会第三次会议上', '## 2025年工作回顾', '一、加强监督', '正文。', '我们也清醒看到工作中存在的不足。', '二、密切联系代表', '正文。', '## 2026年工作设想', '一、加强学习', '正文。');
    const review = parseReport(text).reports[0].children[0];
    assert.deepEqual(review.children.map((c) => c.type), ['section', 'passage', 'section']);
  });

  it('is in the outline with its role’s name, its range in UTF-16 after 𠮷 and 😀, with CRLF', () => {
    const { text, marks } = fixture(gov('一、2025年工作回顾𠮷😀', '正文𠮷。', '$$同时我们也清醒认识到，工作中还存在不足$$。', '二、2026年重点工作', ...items(2)).replace(/\n/g, '\r\n'));
    const [report] = documentSymbols(parseReport(text), undefined, translator({ shortcomings: '差距与不足', review: '工作回顾', plan: '工作设想' }));
    const node = report.children[0].children[0];
    assert.deepEqual([node.name, node.role, node.partRole, node.detail.split(' · ')[0]], ['同时我们也清醒认识到，工作中还存在不足', 'passage', 'shortcomings', '差距与不足']);
    assert.deepEqual([node.selectionRange.start, node.selectionRange.end], marks);
    assert.match(report.children[0].detail, /^工作回顾 · \d+字$/);
  });

  it('each role has a name users read, in their language', () => {
    const [report] = documentSymbols(parseReport(gov('一、2025年工作回顾', '正文。', '二、“十五五”时期主要目标任务', '正文。', '三、2026年重点工作', ...items(2), '四、全面加强政府自身建设', '正文。')));
    assert.deepEqual(report.children.map((s) => zh(s.roleName!)), ['工作回顾', '五年回顾与规划', '工作设想', '自身建设']);
  });

  it('a new line after it is offered the part’s next section, not a first one', () => {
    const { text, marks } = fixture(lines('# 示例县人大常委会工作报告', '——2026年1月10日在示例县第十届人民代表大会第三次会议上', '## 2025年工作回顾', '一、加强监督', '正文。', '二、密切联系代表', '正文。', '我们也清醒看到工作中存在的不足。', '$$', '## 2026年工作设想', '一、加强学习', '正文。'));
    const labels = completeAt(parseReport(text), marks[0]).filter((c) => c.kind === 'marker').map((c) => c.label);
    assert.deepEqual(labels, ['三、']);
  });
});

describe('the session year', () => {
  const src = (kind: YearSource['kind'], year: number): YearSource => ({ kind, year });

  it('is the year most sources name; the one that differs dissents', () => {
    const sy = resolveSessionYear([src('date', 2025), src('title', 2026), src('plan', 2026)]);
    assert.deepEqual([sy.year, sy.settled, sy.agreed, sy.dissenters.map((s) => s.kind)], [2026, true, false, ['date']]);
  });

  it('in a tie, is the date line’s guess, unsettled, with every source in doubt', () => {
    const sy = resolveSessionYear([src('plan', 2021), src('date', 2022)]);
    assert.deepEqual([sy.year, sy.settled, sy.dissenters.map((s) => s.kind)], [2022, false, ['date', 'plan']]);
  });

  it('is the configured year when one is set, whatever the document says', () => {
    const sy = resolveSessionYear([src('date', 2025), src('title', 2025), src('configuration', 2026)]);
    assert.deepEqual([sy.year, sy.settled, sy.dissenters.map((s) => s.kind)], [2026, true, ['date', 'title']]);
  });

  it('agrees when every source names one year', () => {
    assert.equal(resolveSessionYear([src('date', 2026), src('title', 2026), src('plan', 2026)]).agreed, true);
  });

  it('takes a title’s year only when the title names one', () => {
    assert.deepEqual(titleYearOf('陕西省2026年政府工作报告'), { year: 2026, offset: 3 });
    assert.equal(titleYearOf('关于2025年计划执行情况与2026年计划草案的报告'), undefined);
  });

  it('lists the date line, the title and the plan part’s heading of a report, at their digits', () => {
    const marked = (s: string) => s.replace(/2026(?=年示例省|年1月20日|年重点)/g, () => '$$2026$$');
    const { text, marks } = fixture(marked(gov('一、2025年工作回顾', '正文。', '二、2026年重点工作', ...items(2))));
    const report = parseReport(text).reports[0];
    assert.deepEqual(report.yearSources.map((s) => [s.kind, s.year, s.range!.start, s.range!.end]), [['date', 2026, marks[2], marks[3]], ['title', 2026, marks[0], marks[1]], ['plan', 2026, marks[4], marks[5]]]);
  });

  it('of a report whose title is right and date line mistyped is the title’s', () => {
    const report = parseReport(gov('一、2025年工作回顾', '正文。', '二、2026年重点工作', ...items(2)).replace('——2026年1月20日', '——2025年1月20日')).reports[0];
    assert.equal(report.sessionYear, 2026);
    assert.equal(sessionYearOf(report).agreed, false);
  });

  it('comes from the plan heading when the header names none', () => {
    const report = parseReport(lines('政府工作报告', '一、2025年工作回顾', '正文。', '二、2026年重点工作', ...items(2))).reports[0];
    assert.equal(report.sessionYear, 2026);
  });

  it('decides the roles: 2025年主要工作 is the review in 2026', () => {
    const text = gov('一、2025年主要工作', '正文。', '二、2026年主要工作', ...items(3));
    assert.deepEqual(rolesOf(text), ['2025:review', '2026:plan']);
  });
});

describe('a report’s parts, unchanged by the node of the shortcomings', () => {
  it('keeps the numbering of the review’s sections', () => {
    const text = gov('一、2025年工作回顾', ...items(3), '我们也清醒看到工作中存在的不足。', '二、2026年重点工作', ...items(2));
    const review = parseReport(text).reports[0].children[0];
    assert.deepEqual(review.children.map((c: OutlineNode) => c.marker?.value ?? c.role), [1, 2, 3, 'shortcomings']);
  });
});
