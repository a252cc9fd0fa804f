import { ruleTester, report, lines, HEAD, PLAN, ruleFixture } from '../helpers/ruleTester';

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
