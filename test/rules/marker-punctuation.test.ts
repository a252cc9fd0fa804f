import { ruleTester, report } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { ofRule, applyFirstFix, fixEverything } from '../helpers/check';
// 一、 takes the 顿号 (GB/T 15834-2011 4.5.3.2); （一） and （1） take nothing; 1. takes the dot (B.3.4).
ruleTester('marker-punctuation', {
  valid: [
    report('一、甲', '（一）子。正文。', '1.孙。正文。', '（1）曾孙。正文。'),
    report('一、甲', '一是加强学习；二是改进作风。第一，坚持方向。'),
  ],
  invalid: [
    ...[['一.甲', '.'], ['一，甲', '，'], ['一：甲', '：']].map(([wrong, mark]) => ({
      name: `${wrong} -> 一、甲`,
      text: report(`$$${wrong}`, '正文。'),
      errors: [{ message: `“一”后应为“、”，此处为“${mark}”（一、）`, severity: 'error' as const }],
      output: report('一、甲', '正文。'),
    })),
    {
      name: '（一）、 loses the 顿号; 1、 takes the dot; （1）、 loses the mark',
      text: report('一、甲', '（一）、子。正文。', '1、孙。正文。', '（1）、曾孙。正文。'),
      errors: [
        { message: '“（一）”后不加标点，此处为“、”', line: 6, column: 1 },
        { message: '“1”后应为“.”，此处为“、”（1.）', line: 7, column: 1 },
        { message: '“（1）”后不加标点，此处为“、”', line: 8, column: 1 },
      ],
      output: report('一、甲', '（一）子。正文。', '1.孙。正文。', '（1）曾孙。正文。'),
    },
    {
      name: '一是： and 第一、 inside paragraphs',
      text: report('一、甲', '一是：加强学习；二是改进作风。第一、坚持方向。'),
      errors: [
        { message: '“一是”后不加标点，此处为“：”', line: 6, column: 1 },
        { message: '“第一”后应为逗号“，”，此处为“、”', line: 6, column: 16 },
      ],
      output: report('一、甲', '一是加强学习；二是改进作风。第一，坚持方向。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷𠮷',
      text: report('一、甲', '𠮷𠮷学习。$$第一、$$坚持方向。'),
      errors: [{ message: '“第一”后应为逗号“，”，此处为“、”', line: 6, column: 8 }],
      output: report('一、甲', '𠮷𠮷学习。第一，坚持方向。'),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
const gov = (...body: string[]) => lines(
  '2026年示例市政府工作报告', '——2026年1月20日在示例市第十届人民代表大会第五次会议上', '示例市市长 王某某',
  '一、2025年工作回顾', '回顾正文。', ...body, '各位代表！让我们团结奋斗！',
);

describe('marker-punctuation: the space typed after a wrong mark goes with it', () => {
  it('“三. 2026年” is fixed to “三、2026年”, not “三、 2026年”', () => {
    const { text, marks } = fixture(gov('二、2026年发展目标', '目标正文。', '$$三. 2026年重点工作', '（一）稳增长', '正文。', '（二）促改革', '正文。'));
    const [f] = ofRule(text, 'marker-punctuation');
    assert.equal(f.start, marks[0]);
    assert.ok(applyFirstFix(text, f).includes('\n三、2026年重点工作\n'));
    assert.ok(fixEverything(text).includes('\n三、2026年重点工作\n'));
  });
  it('an ideographic space and a tab go too; （一）、 loses its mark and the space', () => {
    const text = gov('二、2026年重点工作', '（一）、\u3000稳增长', '正文。', '（二）\t促改革', '正文。').replace('二、2026年重点工作', '二.\t2026年重点工作');
    const fixed = fixEverything(text);
    assert.ok(fixed.includes('\n二、2026年重点工作\n（一）稳增长\n'), fixed);
    assert.ok(fixed.includes('\n（二）\t促改革\n'), 'a right marker keeps what follows it');
  });
  it('a CRLF file keeps its line ends, and a 😀 before the marker leaves offsets right', () => {
    const { text, marks } = fixture(gov('😀𠮷', '二. 2026年重点工作', '（一）稳增长', '正文。', '（二）促改革', '正文。').replace('二. ', () => '$$二. ').replace(/\n/g, '\r\n'));
    const [f] = ofRule(text, 'marker-punctuation');
    assert.equal(f.start, marks[0]);
    assert.ok(fixEverything(text).includes('\r\n二、2026年重点工作\r\n'));
  });
});
}
