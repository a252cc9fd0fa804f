import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { ofRule, applyFirstFix, fixEverything } from '../helpers/check';

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
