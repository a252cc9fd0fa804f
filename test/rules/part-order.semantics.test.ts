import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { ofRule } from '../helpers/check';

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
