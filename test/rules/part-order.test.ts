import { ruleTester, report, lines, HEAD, REVIEW } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture } from '../helpers/fixture';
import { ofRule } from '../helpers/check';
// Parts run review -> shortcomings -> plan -> closing. No fix: moving a part is the author's decision.
ruleTester('part-order', {
  valid: [
    report('一、甲', '正文。'),
    report('一、甲', '正文。', '回顾过去的一年，我们的工作还存在差距。'),
  ],
  invalid: [
    {
      name: 'a review part after the plan part',
      text: lines(HEAD, '## 2023年工作设想', '一、甲', '正文。', '## $$2022年工作回顾$$', '一、乙', '正文。'),
      errors: [{ message: '回顾部分应在计划部分“2023年工作设想”之前', severity: 'warning', line: 7, column: 4 }],
    },
    {
      name: 'shortcomings inside the plan part',
      text: lines(HEAD, REVIEW, '一、甲', '正文。', '## 2023年工作设想', '一、乙', '正文。', '$$我们也清醒看到工作中存在的不足。'),
      errors: ['差距与不足应写在回顾部分末尾，不应出现在计划部分中'],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: lines(HEAD, REVIEW, '一、𠮷甲', '正文😀。', '## 2023年工作设想', '一、乙', '正文。', '$$我们也清醒看到工作中存在的不足$$。'),
      errors: [{ message: '差距与不足应写在回顾部分末尾，不应出现在计划部分中', line: 10, column: 1 }],
    },
  ],
});

// ---- Part roles and the session year (issue 14) ----
{
/** part-order reads roles: only the review and the shortcomings are held to come before the annual plan. */

const HEAD = lines('2026年示例省政府工作报告', '——2026年1月20日在示例省第十四届人民代表大会第四次会议上', '示例省省长 某某', '各位代表：', '现在，我代表省人民政府向大会报告工作。');
const ITEMS = lines('（一）第一项工作。正文。', '（二）第二项工作。正文。');

describe('part-order: roles in their order', () => {
  it('lets a five-year part and self-building follow the plan (吉林 2026)', () => {
    const text = lines(HEAD, '一、工作回顾', ITEMS, '二、2026年工作安排', ITEMS, '三、“十五五”时期主要目标任务', '正文。', '四、全面提升政府治理效能', '正文。');
    assert.deepEqual(ofRule(text, 'part-order'), []);
  });

  it('flags the review after the plan, at the review’s heading', () => {
    const { text, marks } = fixture(lines(HEAD, '一、2026年重点工作', ITEMS, '二、“十五五”时期主要目标任务', '正文。', '三、$$2025年工作回顾$$', ITEMS));
    const found = ofRule(text, 'part-order');
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[marks[0], marks[1]]]);
  });

  it('flags a shortcomings paragraph inside the plan, at the paragraph', () => {
    const { text, marks } = fixture(lines(HEAD, '一、2025年工作回顾', ITEMS, '二、2026年重点工作', ITEMS, '$$肯定成绩的同时，我们也清醒看到面临的问题和挑战。'));
    const found = ofRule(text, 'part-order');
    assert.deepEqual(found.map((f) => f.start), [marks[0]]);
  });

  it('leaves the shortcomings at the end of the review alone', () => {
    const text = lines(HEAD, '一、2025年工作回顾', ITEMS, '肯定成绩的同时，我们也清醒看到面临的问题和挑战。', '二、2026年重点工作', ITEMS);
    assert.deepEqual(ofRule(text, 'part-order'), []);
  });
});
}
