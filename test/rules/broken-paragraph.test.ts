import { ruleTester, report, lines, HEAD, REVIEW, PLAN, ruleFixture } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture } from '../helpers/fixture';
import { ofRule, applyFirstFix, fixEverything } from '../helpers/check';
import { zh } from '../helpers/l10n';
// A paragraph that ends without a closing mark (GB/T 15834-2011 4.1–4.3) while the next one carries the sentence
// on, as a paste from Word or PDF leaves it. The join removes only the line break and indentation.
ruleTester('broken-paragraph', {
  valid: [
    report('一、甲', '常委会认真听取意见，不断完善预算审查监督体系。'),
    {
      name: 'never on headings, salutations, closing quotes or the end of a report',
      text: ruleFixture('broken-paragraph', 'never.md'),
    },
  ],
  invalid: [
    {
      name: 'a paragraph cut mid-sentence is joined with the next',
      text: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断$$完善预算$$', '', '审查监督体系。', PLAN),
      errors: [{ message: '段落在句中断开：“…见，不断完善预算”未以句末标点结束，下一段接续本句', severity: 'warning' }],
      output: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预算审查监督体系。', PLAN),
    },
    {
      name: 'a run-in item cut short is broken when its siblings are run-in',
      text: report('一、甲', '（一）全过程参与，推动市、区', '对接规划编制。', '（二）多角度切入。正文。', '（三）全方位发动。正文。'),
      errors: [{ message: '段落在句中断开：“…参与，推动市、区”未以句末标点结束，下一段接续本句', line: 6, column: 11 }],
      output: report('一、甲', '（一）全过程参与，推动市、区对接规划编制。', '（二）多角度切入。正文。', '（三）全方位发动。正文。'),
    },
    {
      name: 'the join removes the next paragraph’s indentation',
      text: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预算', '　　审查监督体系。', PLAN),
      errors: ['段落在句中断开：“…见，不断完善预算”未以句末标点结束，下一段接续本句'],
      output: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预算审查监督体系。', PLAN),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: lines(HEAD, REVIEW, '一、甲', '𠮷常委会认真听取😀意见，不断完善预算', '审查监督体系。', PLAN),
      errors: [{ message: '段落在句中断开：“…见，不断完善预算”未以句末标点结束，下一段接续本句', line: 6, column: 17 }],
      output: lines(HEAD, REVIEW, '一、甲', '𠮷常委会认真听取😀意见，不断完善预算审查监督体系。', PLAN),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
const gov = (...tail: string[]) => lines(
  '2026年示例市政府工作报告', '——2026年1月20日在示例市第十届人民代表大会第五次会议上', '示例市市长 王某某',
  '一、2025年工作回顾', '回顾正文。', '二、2026年重点工作', '（一）稳增长', '正文。', '（二）促改革', '正文。', ...tail,
);

describe('broken-paragraph: the last paragraph of a report without its closing mark', () => {
  it('……伟业不懈奋斗 is reported at its end; quick fixes add ！ (a closing) or 。, fix-all adds nothing', () => {
    const { text, marks } = fixture(gov('各位代表！', '让我们团结奋斗，为强国建设、民族复兴伟业不懈奋$$斗'));
    const [f] = ofRule(text, 'broken-paragraph');
    assert.equal(f.end, marks[0] + 1);
    assert.equal(zh(f.message), '报告最后一段缺少句末标点：“…复兴伟业不懈奋斗”');
    assert.deepEqual(f.fixes.map((x) => [zh(x.title), x.all]), [['句末加“！”', false], ['句末加“。”', false]]);
    assert.ok(applyFirstFix(text, f).endsWith('伟业不懈奋斗！'));
    assert.equal(fixEverything(text), text);
  });
  it('a last body paragraph offers 。 first', () => {
    const [f] = ofRule(gov('全年工作圆满完成'), 'broken-paragraph');
    assert.equal(zh(f.fixes[0].title), '句末加“。”');
  });
  it('is found before the appendices, with 𠮷 and 😀 in the paragraph, in a CRLF file', () => {
    const { text, marks } = fixture(gov('各位代表！让我们为𠮷😀伟业不懈奋$$斗', '附件1', '2026年十件民生实事', '一、优化服务。正文。', '二、改善环境。正文。').replace(/\n/g, '\r\n'));
    const found = ofRule(text, 'broken-paragraph');
    assert.deepEqual(found.map((f) => f.end), [marks[0] + 1]);
  });
  it('is quiet where the report ends with a mark, a closing quote, a comma (more than a mark was lost) or a heading', () => {
    for (const end of ['伟业不懈奋斗！', '伟业不懈奋斗。”', '让我们团结奋斗，', '（三）抓落实']) {
      assert.deepEqual(ofRule(gov(end), 'broken-paragraph'), [], end);
    }
  });
  it('reads each report of a file on its own', () => {
    const one = gov('让我们团结奋斗');
    const text = lines(one, '', one.replace('2026年示例市政府工作报告', '2026年示例县政府工作报告'));
    assert.equal(ofRule(text, 'broken-paragraph').length, 2);
  });
});

describe('broken-paragraph: fix-all joins only what is certainly one sentence', () => {
  it('a line with no clause mark (a heading without a number?) is reported, but joined only from the lightbulb', () => {
    const text = gov('加强监督工作', '常委会全年听取报告十二项。');
    const [f] = ofRule(text, 'broken-paragraph');
    assert.equal(f.fixes[0].all, false);
    assert.ok(applyFirstFix(text, f).includes('加强监督工作常委会全年'));
    assert.equal(fixEverything(text), text);
  });
  it('a fragment with a clause mark inside is joined by fix-all', () => {
    const text = gov('常委会认真听取意见，不断完善预', '算审查监督体系。');
    assert.ok(fixEverything(text).includes('不断完善预算审查监督体系。'));
  });
});
}
