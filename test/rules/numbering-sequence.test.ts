import { ruleTester, report, ruleFixture } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { check, ofRule, fixEverything, structural } from '../helpers/check';
import { zh } from '../helpers/l10n';
import { parseReport } from '../../server/src/core/parse/parser';
import { shape } from '../helpers/tree';
// GB/T 9704-2012 §7.3.3: structure levels are numbered with consecutive numerals.
ruleTester('numbering-sequence', {
  valid: [
    report('一、甲', '正文。', '二、乙', '正文。', '三、丙', '正文。'),
    report('一、甲', '（一）子。正文。', '（二）子。正文。', '二、乙', '（一）子。正文。'),
    { name: 'counts on past 十: （十）（十一）（十二）', text: ruleFixture('numbering-sequence', 'past-ten.md') },
  ],
  invalid: [
    {
      name: 'a gap (一、二、四 after a section was deleted) names what was expected',
      text: report('一、甲', '正文。', '二、乙', '正文。', '$$四、丁', '正文。'),
      errors: [{ message: '“二、”之后应为“三、”，此处为“四、”', severity: 'error', line: 9, column: 1 }],
      output: report('一、甲', '正文。', '二、乙', '正文。', '三、丁', '正文。'),
    },
    {
      name: 'a repeat',
      text: report('一、甲', '正文。', '一、乙', '正文。'),
      errors: ['“一、”之后应为“二、”，此处为“一、”'],
      output: report('一、甲', '正文。', '二、乙', '正文。'),
    },
    {
      name: 'a reversal',
      text: report('一、甲', '（二）子。正文。', '$$（一）子。正文。'),
      errors: ['“（二）”之后应为“（三）”，此处为“（一）”'],
      output: report('一、甲', '（一）子。正文。', '（二）子。正文。'),
    },
    {
      name: 'renumbers the run, keeping the written form (half-width brackets stay half-width)',
      text: report('一、甲', '正文。', '(一)子。正文。', '$$(三)子。正文。', '(四)子。正文。'),
      errors: ['“(一)”之后应为“(二)”，此处为“(三)”'],
      output: report('一、甲', '正文。', '(一)子。正文。', '(二)子。正文。', '(三)子。正文。'),
    },
    {
      name: 'counts on past 十: （十二） after （十）',
      text: ruleFixture('numbering-sequence', 'past-ten-gap.md'),
      errors: ['“（十）”之后应为“（十一）”，此处为“（十二）”'],
      output: ruleFixture('numbering-sequence', 'past-ten-gap.fixed.md'),
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '正文😀。', '（一）𠮷子。正文。', '$$（三）子。正文。'),
      errors: [{ message: '“（一）”之后应为“（二）”，此处为“（三）”', line: 8, column: 1 }],
      output: report('一、𠮷甲', '正文😀。', '（一）𠮷子。正文。', '（二）子。正文。'),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
/** A government report of 2026 whose parts are its numbered sections. */
const gov = (...body: string[]) => lines(
  '2026年示例市政府工作报告', '——2026年1月20日在示例市第十届人民代表大会第五次会议上', '示例市市长 王某某', '各位代表：', ...body, '各位代表！让我们团结奋斗！',
);
const PLAN = ['三、2026年重点工作', '（一）稳住经济增长', '稳增长正文。', '（二）深化改革开放', '促改革正文。'];
const report = (...body: string[]) => lines('# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '## 2022年工作回顾', ...body, '## 2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。');
const found = (text: string) => structural(check(text)).map((f) => `${f.ruleId} ${zh(f.message)}`);

describe('numbering-sequence: a repeated number among numbered parts is a repeat, not a restart', () => {
  it('一、回顾 / 一、“十五五” / 三、2026年: reported on the repeated line only', () => {
    const { text, marks } = fixture(gov('一、2025年工作回顾', '回顾正文。', '$$一、“十五五”时期主要目标任务', '目标正文。', ...PLAN));
    assert.deepEqual(found(text), ['numbering-sequence “一、”之后应为“二、”，此处为“一、”']);
    assert.equal(ofRule(text, 'numbering-sequence')[0].start, marks[0]);
    assert.ok(fixEverything(text).includes('\n二、“十五五”时期主要目标任务\n'));
  });

  it('one part named like a section (总体要求和政策取向) is not nested under the review: no lone-item, no error on 三、', () => {
    const text = gov('一、2025年工作回顾', '回顾正文。', '一、2026年经济社会发展总体要求和政策取向', '要求正文。', '三、2026年政府工作任务', '（一）稳住经济增长', '正文。', '（二）深化改革开放', '正文。');
    assert.deepEqual(found(text), ['numbering-sequence “一、”之后应为“二、”，此处为“一、”']);
    const parts = parseReport(text).reports[0].children.filter((c) => c.type === 'part');
    assert.equal(parts.length, 3, shape(parseReport(text)).join('\n'));
  });

  it('Word drafts still restart under each numbered part, also where a part holds one section', () => {
    const text = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '一、2022年工作回顾', '一、加强监督', '正文。',
      '二、2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。');
    const doc = parseReport(text);
    assert.deepEqual(doc.reports[0].children.map((p) => `${p.type} ${p.children.length}`), ['part 1', 'part 2'], shape(doc).join('\n'));
    assert.deepEqual(ofRule(text, 'numbering-sequence'), []);
  });
});

describe('numbering-sequence: where the count breaks', () => {
  it('a typo the next number confirms (一、二、二、四) is flagged once, on the typo', () => {
    const { text, marks } = fixture(report('一、甲', '正文。', '二、乙', '正文。', '$$二、丙', '正文。', '四、丁', '正文。'));
    assert.deepEqual(ofRule(text, 'numbering-sequence').map((f) => [f.start, zh(f.message)]), [[marks[0], '“二、”之后应为“三、”，此处为“二、”']]);
  });
  it('a deleted section (一、二、四、五) is flagged once, at the gap', () => {
    const { text, marks } = fixture(report('一、甲', '正文。', '二、乙', '正文。', '$$四、丁', '正文。', '五、戊', '正文。'));
    assert.deepEqual(ofRule(text, 'numbering-sequence').map((f) => f.start), [marks[0]]);
    assert.ok(fixEverything(text).includes('三、丁\n正文。\n四、戊'));
  });
  it('never names the author’s typo as the form expected (“三.” after “一、” expects “二、”)', () => {
    const text = report('一、甲', '正文。', '三.乙', '正文。');
    assert.equal(zh(ofRule(text, 'numbering-sequence')[0].message), '“一、”之后应为“二、”，此处为“三.”');
    const mixed = report('一、甲', '（一）子。正文。', '(三）子。正文。');
    assert.equal(zh(ofRule(mixed, 'numbering-sequence')[0].message), '“（一）”之后应为“（二）”，此处为“(三）”');
  });
  it('keeps the document’s half-width brackets and full-width dot in the form expected', () => {
    assert.equal(zh(ofRule(report('一、甲', '(一)子。正文。', '(三)子。正文。'), 'numbering-sequence')[0].message), '“(一)”之后应为“(二)”，此处为“(三)”');
    assert.equal(zh(ofRule(report('一、甲', '1．子。正文。', '3．子。正文。'), 'numbering-sequence')[0].message), '“1．”之后应为“2．”，此处为“3．”');
  });
  it('positions are UTF-16 offsets: a 𠮷 or 😀 before the marker, in a CRLF file', () => {
    const { text, marks } = fixture(report('一、𠮷😀甲', '正文𠮷。', '$$三、乙', '正文。').replace(/\n/g, '\r\n'));
    const [f] = ofRule(text, 'numbering-sequence');
    assert.equal(f.start, marks[0]);
    assert.equal(text.slice(f.start, f.end), '三、');
  });
});

describe('numbering-start and lone-item: the form named is the right one', () => {
  it('numbering-start expects “（一）” where the first item is written “(二）”', () => {
    assert.equal(zh(ofRule(report('一、甲', '(二）子。正文。', '（三）子。正文。'), 'numbering-start')[0].message), '本级第一个序号应为“（一）”，此处为“(二）”');
  });
  it('lone-item names “（二）”, not “（二）、”, after a lone “（一）、”', () => {
    const [f] = ofRule(report('一、甲', '（一）、子。正文。', '二、乙', '正文。'), 'lone-item');
    assert.ok(zh(f.message).includes('缺少“（二）”'), zh(f.message));
  });
});
}
