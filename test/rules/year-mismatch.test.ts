import { ruleTester, report, lines, HEAD, PLAN, ruleFixture } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture } from '../helpers/fixture';
import { ofRule, applyFirstFix, fixEverything } from '../helpers/check';
import { zh } from '../helpers/l10n';
// The review part is about Y-1 and the plan part about Y, Y being the session year (configuration, else the
// date line, else the title): a draft copied from last year's report still carries last year's years.
ruleTester('year-mismatch', {
  valid: [
    report('一、甲', '正文。'),
    {
      name: 'five-year reviews and body text are never read',
      text: lines(HEAD, '## 过去五年工作回顾', '一、甲', '2018年以来，我们完成了2035年远景目标的前期工作。', PLAN),
    },
  ],
  invalid: [
    {
      name: 'a review part not about Y-1 gets the year fixed',
      text: lines(HEAD, '## $$2021$$年工作回顾', '一、甲', '正文。', PLAN),
      errors: [{ message: '回顾部分应为2022年（2023年会议的上一年），此处为2021年', severity: 'warning' }],
      output: lines(HEAD, '## 2022年工作回顾', '一、甲', '正文。', PLAN),
    },
    {
      // The date line was moved on and the headings were not: the sources disagree, so both are flagged and no
      // year is fixed by fix-all until they agree (docs/rules.md, "The session year").
      name: 'a date line moved on and a plan heading left behind disagree: both flagged, nothing fixed unasked',
      text: ruleFixture('year-mismatch', 'copied.md'),
      errors: [
        { message: '会议年份不明：日期行写的是2023年；计划部分标题写的是2022年。各处一致之前，年份只按需逐处修正', line: 2, column: 3 },
        { message: '会议年份不明：日期行写的是2023年；计划部分标题写的是2022年。各处一致之前，年份只按需逐处修正', line: 10, column: 4 },
      ],
      output: ruleFixture('year-mismatch', 'copied.md'),
    },
    {
      name: 'a date line that disagrees with the configured session year is flagged; the fix waits for a person',
      text: lines(HEAD, '## 2023年工作回顾', '一、甲', '正文。', '## 2024年工作设想', '一、乙', '正文。'),
      config: { sessionYear: 2024 },
      errors: [{ message: '日期行年份应为会议年份2024年，此处为2023年', line: 2, column: 3 }],
      output: lines(HEAD, '## 2023年工作回顾', '一、甲', '正文。', '## 2024年工作设想', '一、乙', '正文。'),
    },
    {
      name: 'the session year from settings wins over the date line: date line, review and plan',
      text: report('一、甲', '正文。'),
      config: { sessionYear: 2024 },
      errors: [
        '日期行年份应为会议年份2024年，此处为2023年',
        '回顾部分应为2023年（2024年会议的上一年），此处为2022年',
        '计划部分应为2024年（会议当年），此处为2023年',
      ],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: lines('# 𠮷县人大常委会工作报告', '——2023年1月10日在𠮷县第十届人民代表大会第三次会议上', '## 😀$$2021$$年工作回顾', '一、甲', '正文。', PLAN),
      errors: [{ message: '回顾部分应为2022年（2023年会议的上一年），此处为2021年', line: 3, column: 6 }],
      output: lines('# 𠮷县人大常委会工作报告', '——2023年1月10日在𠮷县第十届人民代表大会第三次会议上', '## 😀2022年工作回顾', '一、甲', '正文。', PLAN),
    },
  ],
});

// ---- Part roles and the session year (issue 14) ----
{
/**
 * year-mismatch reads the session year from every source (configuration, date line, title, the plan part's
 * heading) and the roles of parts (parse/roles.ts): the annual year of combined headings is checked, five-year
 * parts are not, and nothing that depends on the year is fixed unasked while the sources disagree.
 */

const HEAD = (title: string, date: string) => lines(title, `——${date}年1月20日在示例省第十四届人民代表大会第四次会议上`, '示例省省长 某某', '各位代表：', '现在，我代表省人民政府向大会报告工作。');
const ITEMS = lines('（一）第一项工作。正文。', '（二）第二项工作。正文。');
const CLOSING = '各位代表！让我们团结奋斗！';
/** A 2026 government report in the first year of a five-year period. */
const report2026 = (review = '一、2025年和“十四五”时期工作回顾', plan = '三、2026年重点工作', title = '2026年示例省政府工作报告', date = '2026') =>
  lines(HEAD(title, date), review, ITEMS, '二、“十五五”时期主要目标任务', '正文。', plan, ITEMS, CLOSING);
const spans = (text: string, config?: Parameters<typeof ofRule>[2]) => ofRule(text, 'year-mismatch', config).map((f) => text.slice(f.start, f.end));

describe('year-mismatch: the session year from every source', () => {
  it('a clean report of a five-year period’s first year has no finding', () => {
    assert.deepEqual(spans(report2026()), []);
  });

  it('flags the mistyped date line, not the headings, when the title and the plan agree', () => {
    const { text, marks } = fixture(report2026(undefined, undefined, undefined, '$$2025$$'));
    const found = ofRule(text, 'year-mismatch');
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[marks[0], marks[1]]]);
    assert.equal(zh(found[0].message), '标题和计划部分标题表明会议年份为2026年，但日期行写的是2025年');
  });

  it('fixes nothing on --fix while the sources disagree, but offers the fix on request', () => {
    const text = report2026(undefined, undefined, undefined, '2025');
    assert.equal(fixEverything(text), text);
    const [f] = ofRule(text, 'year-mismatch');
    assert.ok(applyFirstFix(text, f).includes('——2026年1月20日'));
  });

  it('flags a title whose year differs from the date line and the plan', () => {
    const text = report2026(undefined, undefined, '2025年示例省政府工作报告');
    assert.deepEqual(spans(text), ['2025']);
    assert.equal(ofRule(text, 'year-mismatch')[0].start, text.indexOf('2025年示例省'));
  });

  it('in a tie (date line and plan heading), flags both as unclear and checks no part', () => {
    const text = report2026('一、2024年工作回顾', '三、2025年重点工作', '示例省政府工作报告');
    const found = ofRule(text, 'year-mismatch');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['2026', '2025']);
    assert.equal(zh(found[0].message), '会议年份不明：日期行写的是2026年；计划部分标题写的是2025年。各处一致之前，年份只按需逐处修正');
  });

  it('in a tie, fixes nothing unasked and offers each place the other’s year', () => {
    const text = report2026('一、2024年工作回顾', '三、2025年重点工作', '示例省政府工作报告');
    assert.equal(fixEverything(text), text);
    const [date, plan] = ofRule(text, 'year-mismatch');
    assert.ok(applyFirstFix(text, date).includes('——2025年1月20日'));
    assert.ok(applyFirstFix(text, plan).includes('三、2026年重点工作'));
  });

  it('flags a mistyped date line on its own line even where the title names no year', () => {
    const { text, marks } = fixture(report2026(undefined, undefined, '政府工作报告', '$$2025$$'));
    assert.ok(ofRule(text, 'year-mismatch').some((f) => f.start === marks[0] && f.end === marks[1]));
  });

  it('a configured year overrides: every place naming another year is flagged', () => {
    assert.deepEqual(spans(report2026(), { sessionYear: 2027 }), ['2026', '2026', '2025', '2026']);
  });

  it('when every source agrees, a stale review year is fixed by --fix', () => {
    const text = report2026('一、2024年工作回顾');
    assert.equal(fixEverything(text), report2026('一、2025年工作回顾'));
  });
});

describe('year-mismatch: combined and five-year headings', () => {
  it('checks the annual year of a review combined with the five-year review (时期 is no exemption)', () => {
    const { text, marks } = fixture(report2026('一、$$2024$$年和“十四五”时期工作回顾'));
    const [f] = ofRule(text, 'year-mismatch');
    assert.deepEqual([f.start, f.end], marks);
    assert.equal(zh(f.message), '回顾部分应为2025年（2026年会议的上一年），此处为2024年');
  });

  it('checks the year before 和“十四五”时期发展成就, and fixes it', () => {
    const text = report2026('一、2024年工作回顾和“十四五”时期发展成就');
    const [f] = ofRule(text, 'year-mismatch');
    assert.ok(applyFirstFix(text, f).includes('一、2025年工作回顾和“十四五”时期发展成就'));
  });

  it('never checks a five-year part, even one naming 2035年远景目标', () => {
    const text = report2026().replace('二、“十五五”时期主要目标任务', '二、“十五五”时期主要目标任务和2035年远景目标');
    assert.deepEqual(spans(text), []);
  });

  it('checks the goals part against the session year', () => {
    const text = lines(HEAD('政府工作报告', '2025'), '一、2024年工作回顾', '正文。', '二、2024年经济社会发展总体要求和政策取向', '正文。', '三、2025年政府工作任务', ITEMS, CLOSING);
    assert.deepEqual(spans(text), ['2024']);
    assert.equal(zh(ofRule(text, 'year-mismatch')[0].message), '总体要求部分应为2025年（会议当年），此处为2024年');
  });

  it('reads the year of the annual plan, not of the goals part before it', () => {
    const text = lines(HEAD('2025年政府工作报告', '2025'), '一、2024年工作回顾', '正文。', '二、2025年经济社会发展总体要求和政策取向', '正文。', '三、2024年政府工作任务', ITEMS, CLOSING);
    assert.deepEqual(ofRule(text, 'year-mismatch').map((f) => text.slice(f.start - 2, f.end)), ['三、2024']);
  });

  it('places findings in UTF-16 units after 𠮷 and 😀, in a CRLF file', () => {
    const { text, marks } = fixture(report2026('一、𠮷😀$$2024$$年和“十四五”时期工作回顾').replace(/\n/g, '\r\n'));
    const [f] = ofRule(text, 'year-mismatch');
    assert.deepEqual([f.start, f.end], marks);
  });
});
}
