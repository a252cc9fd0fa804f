import { ruleTester, report, lines, HEAD, REVIEW } from '../helpers/ruleTester';
import type { WorkreportConfig } from '../../server/src/core/config/config';
import { strict as assert } from 'assert';
import { ofRule } from '../helpers/check';
import type { PartRole } from '../../server/src/core/parse/model';
const STRICT: WorkreportConfig = { profile: 'strict', profiles: { strict: { required: ['review', 'shortcomings', 'plan'] } } };

// Each report kind requires parts: by default a review of last year and a plan for this year. Quick fix only:
// inserting a part's skeleton is an offer, never something fix-all does on save.
ruleTester('required-part', {
  valid: [
    report('一、甲', '正文。'),
    { name: 'a profile that requires the shortcomings part, which is there', text: report('一、甲', '正文。', '回顾过去的一年，我们的工作还存在差距。'), config: STRICT },
  ],
  invalid: [
    {
      name: 'a report without a plan part is offered its skeleton',
      text: lines(HEAD, REVIEW, '一、甲', '正文。'),
      errors: [{ message: '缺少“工作设想”部分（人大常委会工作报告应有此部分）', severity: 'error', line: 1, column: 3 }],
      output: lines(HEAD, REVIEW, '一、甲', '正文。', '', '2023年工作设想', '', '一、'),
      lfOnly: 'the inserted skeleton is written with \\n (CRLF files get mixed line ends: reported)',
    },
    {
      name: 'a report without a review part',
      text: lines(HEAD, '## 2023年工作设想', '一、甲', '正文。'),
      errors: ['缺少“工作回顾”部分（人大常委会工作报告应有此部分）'],
      output: lines(HEAD, '2022年工作回顾', '', '一、', '', '## 2023年工作设想', '一、甲', '正文。'),
      lfOnly: 'the inserted skeleton is written with \\n',
    },
    {
      name: 'a profile can require the shortcomings part',
      text: report('一、甲', '正文。'),
      config: STRICT,
      errors: ['缺少“差距与不足”部分（工作报告应有此部分）'],
    },
    {
      name: 'offsets in UTF-16 after 😀 and in a title with 𠮷',
      text: lines('😀', '# $$𠮷县人大常委会工作报告$$', '——2023年1月10日在𠮷县第十届人民代表大会第三次会议上', REVIEW, '一、甲', '正文。'),
      errors: [{ message: '缺少“工作设想”部分（人大常委会工作报告应有此部分）', line: 2, column: 3 }],
    },
  ],
});

// ---- Part roles and the session year (issue 14) ----
{
/** required-part reads the roles of parts and the shortcomings node (parse/roles.ts). */

const HEAD = lines('2026年示例省政府工作报告', '——2026年1月20日在示例省第十四届人民代表大会第四次会议上', '示例省省长 某某', '各位代表：', '现在，我代表省人民政府向大会报告工作。');
const ITEMS = lines('（一）第一项工作。正文。', '（二）第二项工作。正文。');
const STRICT = { profiles: { government: { required: ['review', 'shortcomings', 'plan'] as PartRole[] } } };
const withShortcomings = (s: string) => lines(HEAD, '一、2025年工作回顾', ITEMS, s, '二、“十五五”时期主要目标任务', '正文。', '三、2026年重点工作', ITEMS);

describe('required-part: what the roles say a report has', () => {
  it('finds the shortcomings opened by 总结成绩的同时', () => {
    assert.deepEqual(ofRule(withShortcomings('总结成绩的同时，我们也清醒地认识到，发展中的问题仍然不少。'), 'required-part', STRICT), []);
  });

  it('finds the shortcomings opened by a salutation (各位代表！我们也清醒地认识到……)', () => {
    assert.deepEqual(ofRule(withShortcomings('各位代表！我们也清醒地认识到，工作中还存在不少差距。'), 'required-part', STRICT), []);
  });

  it('still flags a report without them', () => {
    assert.equal(ofRule(withShortcomings('各位代表！成绩来之不易。'), 'required-part', STRICT).length, 1);
  });

  it('flags a deleted annual plan though a five-year part remains', () => {
    const text = lines(HEAD, '一、2025年工作回顾', ITEMS, '二、“十五五”时期主要目标任务', ITEMS);
    const found = ofRule(text, 'required-part');
    assert.equal(found.length, 1);
    assert.ok(found[0].fixes[0].edits[0].newText.includes('2026年'), 'the skeleton names the session year');
  });

  it('takes an end-of-term report’s five-year review for its review', () => {
    const text = lines(HEAD.replace(/2026/g, '2023'), '一、过去五年工作回顾', ITEMS, '二、今后五年的目标任务', '正文。', '三、2023年工作安排', ITEMS);
    assert.deepEqual(ofRule(text, 'required-part'), []);
  });
});
}
