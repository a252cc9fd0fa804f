import { ruleTester, report } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { ofRule, applyFirstFix, fixEverything } from '../helpers/check';
import { ruleById } from '../../server/src/core/rules/index';
import { zh } from '../helpers/l10n';
// No 顿号 between items that each carry quotation or book-title marks (GB/T 15834-2011 4.5.3.5), none before 等.
ruleTester('enumeration-comma', {
  valid: [
    report('一、甲', '贯彻《条例》《规定》等文件和“双减”“双碳”要求。'),
    report('一、甲', '落实学习、监督、服务等要求。'),
  ],
  invalid: [
    {
      name: '、 between book titles or quotes and before 等',
      text: report('一、甲', '贯彻《条例》、《规定》、等文件和“双减”、“双碳”要求。'),
      errors: [
        { message: '并列的引号或书名号之间不加顿号', severity: 'hint', line: 6, column: 7 },
        { message: '“等”前不加顿号', line: 6, column: 12 },
        { message: '并列的引号或书名号之间不加顿号', line: 6, column: 21 },
      ],
      output: report('一、甲', '贯彻《条例》《规定》等文件和“双减”“双碳”要求。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀贯彻《条例》、《规定》。'),
      errors: [{ message: '并列的引号或书名号之间不加顿号', line: 6, column: 11 }],
      output: report('一、甲', '𠮷😀贯彻《条例》《规定》。'),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
const report = (...body: string[]) => lines(
  '# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '## 2022年工作回顾', '一、加强监督', ...body,
  '## 2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。',
);
const flagged = (sentence: string) => {
  const text = report(sentence);
  return ofRule(text, 'enumeration-comma').map((f) => text.slice(f.start - 1, f.end + 1));
};

describe('enumeration-comma: pure lists only, as a hint, never in fix-all', () => {
  it('is a hint by default and its fix is a quick fix', () => {
    const rule = ruleById('enumeration-comma')!;
    assert.equal(rule.defaultLevel, 'hint');
    assert.equal(rule.fix, 'quick');
  });
  it('flags a pure list of titled or quoted items, and 、 before 等', () => {
    const { text, marks } = fixture(report('贯彻《条例》$$、《规定》等文件，落实“两重”、“两新”政策，开展检查、等工作。'));
    const found = ofRule(text, 'enumeration-comma');
    assert.equal(found.length, 3);
    assert.equal(found[0].start, marks[0]);
    assert.ok(found.every((f) => f.severity === 'hint' && f.fixes.length === 1 && !f.fixes[0].all));
    assert.deepEqual(found.map((f) => zh(f.message)), ['并列的引号或书名号之间不加顿号', '并列的引号或书名号之间不加顿号', '“等”前不加顿号']);
    assert.ok(applyFirstFix(text, found[0]).includes('贯彻《条例》《规定》等文件'));
  });
  it('fix-all leaves every 顿号 as written', () => {
    const text = report('贯彻《条例》、《规定》等文件，落实“两重”、“两新”政策。');
    assert.equal(fixEverything(text), text);
  });
  it('keeps the 顿号 of mixed lists (GB/T 15834-2011 4.5.3.5)', () => {
    assert.deepEqual(flagged('坚定不移贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。'), []);
    assert.deepEqual(flagged('用好“两重”、“两新”、新型政策性金融工具。'), []);
    assert.deepEqual(flagged('推进教育医疗帮扶、“双百行动”、“组团式”帮扶。'), []);
    assert.deepEqual(flagged('开展“双百行动”、“组团式”教育医疗帮扶、建筑业劳务协作。'), []);
    assert.deepEqual(flagged('推广“一地两检”、“合作查验”和货物“一单两报”等模式。'), []);
  });
  it('keeps fixed formulas as the State writes them', () => {
    assert.deepEqual(flagged('落实“爱国者治港”、“爱国者治澳”原则。'), []);
  });
  it('reads a list joined by 和 to a quoted item, or carrying on into a head noun, as pure', () => {
    assert.deepEqual(flagged('推广“一地两检”、“一单两报”和“一站通关”模式。'), ['”、“']);
    assert.deepEqual(flagged('深入开展“四旁”、“五边”绿化。'), ['”、“']);
  });
  it('leaves words that begin with 等 alone: 差额、等额', () => {
    assert.deepEqual(flagged('实行差额、等额选举。'), []);
  });
  it('offsets hold with 𠮷 and 😀 before the list, in a CRLF file', () => {
    const { text, marks } = fixture(report('𠮷😀落实“两重”$$、“两新”政策。').replace(/\n/g, '\r\n'));
    assert.deepEqual(ofRule(text, 'enumeration-comma').map((f) => f.start), [marks[0]]);
  });
});
}
