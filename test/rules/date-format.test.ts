import { ruleTester, report } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { ofRule, applyFirstFix, fixEverything } from '../helpers/check';
import { zh } from '../helpers/l10n';
// 2021年1月5日, not 2021年01月05日 (GB/T 15835-2011 4.2.2); years in full; 〇 for zero in Chinese numerals.
ruleTester('date-format', {
  valid: [
    report('一、甲', '2022年3月5日召开会议，二〇二二年底验收，10月1日完成。'),
    report('一、甲', '增长5.5%，完成120个项目。'),
  ],
  invalid: [
    {
      name: 'leading zeros go, a two-digit year is flagged (no fix), 零 becomes 〇',
      text: report('一、甲', '2022年03月05日召开会议，21年5月完成，二零二二年底验收。'),
      errors: [
        { message: '日期不加前导零，应为“2022年3月5日”', severity: 'warning', line: 6, column: 1 },
        { message: '年份应写全四位，此处为“21年”', line: 6, column: 17 },
        { message: '年份中的零应写作“〇”：“二〇二二年”', line: 6, column: 25 },
      ],
      output: report('一、甲', '2022年3月5日召开会议，21年5月完成，二〇二二年底验收。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀2022年03月召开会议。'),
      errors: [{ message: '日期不加前导零，应为“2022年3月”', line: 6, column: 5 }],
      output: report('一、甲', '𠮷😀2022年3月召开会议。'),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
/** A 2026 report: the session year is 2026. */
const report = (...body: string[]) => lines(
  '# 示例县人大常委会工作报告', '——2026年1月10日在示例县第十届人民代表大会第三次会议上', '## 2025年工作回顾', '一、加强监督', ...body,
  '## 2026年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。',
);

describe('date-format: the zero of a Chinese year and its look-alikes', () => {
  for (const [written, name] of [['二○二六', 'U+25CB'], ['二O二六', 'Latin O'], ['二０二六', 'full-width 0'], ['二零二六', '零'], ['二〇二0', 'ASCII 0 last']]) {
    it(`${written}年 (${name}) is written 二〇二…年, by fix-all too`, () => {
      const { text, marks } = fixture(report(`定于$$${written}年召开会议。`));
      const [f] = ofRule(text, 'date-format');
      assert.equal(f.start, marks[0]);
      const right = written.replace(/[○OＯ０0零]/g, '〇');
      assert.equal(zh(f.message), `年份中的零应写作“〇”：“${right}年”`);
      assert.ok(fixEverything(text).includes(`定于${right}年召开会议。`));
    });
  }
  it('leaves 二〇二六年, 一年, 十年 and Latin words alone', () => {
    assert.equal(ofRule(report('二〇二六年是开局之年，十年磨一剑，一年来成效明显，ISO年检。'), 'date-format').length, 0);
  });
});

describe('date-format: a two-digit year with no month', () => {
  it('“25年，” in a 2026 report is flagged, with a quick fix to 2025年 that fix-all does not apply', () => {
    const { text, marks } = fixture(report('𠮷😀正文。', '$$25年，全县经济平稳增长。'));
    const [f] = ofRule(text, 'date-format');
    assert.equal(f.start, marks[0]);
    assert.equal(zh(f.message), '年份应写全四位，此处为“25年”');
    assert.equal(f.fixes[0].all, false);
    assert.ok(applyFirstFix(text, f).includes('\n2025年，全县经济平稳增长。'));
    assert.equal(fixEverything(text), text);
  });
  it('“在26年底” reads as a year too; in a CRLF file as well', () => {
    assert.equal(ofRule(report('力争在26年底前完成。').replace(/\n/g, '\r\n'), 'date-format').length, 1);
  });
  it('counts of years are left alone: 连续25年, 改革开放40年, 25年来, 25年间, 近25年的发展', () => {
    assert.equal(ofRule(report('连续25年位居前列，改革开放40年，25年来，25年间，近25年的发展，，25年的发展。'), 'date-format').length, 0);
  });
  it('a two-digit year far from the session year is a count: “，10年，”', () => {
    assert.equal(ofRule(report('规划期限，10年，分步实施。'), 'date-format').length, 0);
  });
});
}
