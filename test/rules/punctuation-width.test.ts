import { ruleTester, report } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { ofRule, fixEverything } from '../helpers/check';
// Chinese text takes full-width ，；：（）！？ (GB/T 15834-2011 3.1); numbers and Latin text keep theirs.
ruleTester('punctuation-width', {
  valid: [
    { name: 'numbers, times, Latin text and brackets around them', text: report('一、甲', '增长5.5%，时间9:30，A,B两类，(2021)版，(A/B)方案。') },
    report('一、甲', '常委会坚持学习，加强监督；改进作风（试行）。'),
  ],
  invalid: [
    {
      name: 'half-width marks between Chinese characters and a pair of half-width brackets',
      text: report('一、甲', '常委会坚持学习,加强监督;改进作风(试行)。'),
      errors: [
        { message: '中文中应使用全角“，”，此处为半角“,”', severity: 'information', line: 6, column: 8 },
        { message: '中文中应使用全角“；”，此处为半角“;”', line: 6, column: 13 },
        { message: '中文中应使用全角“（”，此处为半角“(”', line: 6, column: 18 },
        { message: '中文中应使用全角“）”，此处为半角“)”', line: 6, column: 21 },
      ],
      output: report('一、甲', '常委会坚持学习，加强监督；改进作风（试行）。'),
    },
    {
      name: 'a half-width pair around Chinese changes as a pair, so it stays balanced',
      text: report('一、甲', '规划(2021-2025年)实施。'),
      errors: ['中文中应使用全角“（”，此处为半角“(”', '中文中应使用全角“）”，此处为半角“)”'],
      output: report('一、甲', '规划（2021-2025年）实施。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀学习,监督。'),
      errors: [{ message: '中文中应使用全角“，”，此处为半角“,”', line: 6, column: 7 }],
      output: report('一、甲', '𠮷😀学习，监督。'),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
const report = (...body: string[]) => lines(
  '# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '## 2022年工作回顾', '一、加强监督', ...body,
  '## 2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。',
);

describe('punctuation-width: after a closing quote or title mark, and before a run-in item', () => {
  it('flags , after 》 and ” and ; before (二), and fixes them', () => {
    const { text, marks } = fixture(report('制定《办法》$$,推动落实，践行“全过程民主”$$,扎实推进。', '(一)强化理论武装$$;(二)坚持党的领导。'));
    assert.deepEqual(ofRule(text, 'punctuation-width').map((f) => f.start), marks);
    const fixed = fixEverything(text);
    assert.ok(fixed.includes('制定《办法》，推动落实，践行“全过程民主”，扎实推进。'));
    assert.ok(fixed.includes('(一)强化理论武装；(二)坚持党的领导。'), 'the half-width item markers stay: they are the document’s form');
  });
  it('offsets hold with 𠮷 and 😀 before the mark, in a CRLF file', () => {
    const { text, marks } = fixture(report('𠮷😀《办法》$$,推动落实。').replace(/\n/g, '\r\n'));
    assert.deepEqual(ofRule(text, 'punctuation-width').map((f) => f.start), marks);
  });
  it('leaves English quotations and Latin text alone', () => {
    assert.equal(ofRule(report('他用英文写道 “OK”, then left；(A) 类。'), 'punctuation-width').length, 0);
  });
});
}
