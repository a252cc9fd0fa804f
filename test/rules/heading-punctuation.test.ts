import { ruleTester, report, lines, HEAD, REVIEW, PLAN } from '../helpers/ruleTester';
import { strict as assert } from 'assert';
import { fixture } from '../helpers/fixture';
import { ofRule, fixEverything, check, structural } from '../helpers/check';
import { zh } from '../helpers/l10n';
const TITLE_WITH_STOP = lines('# 示例县人大常委会工作报告。', ...HEAD.split('\n').slice(1));

// A stand-alone heading or title ends without 。，；： (GB/T 15834-2011 4.1.3.1); a run-in heading keeps its 。.
ruleTester('heading-punctuation', {
  valid: [
    { name: 'a run-in heading ends with 。 by design', text: report('一、甲', '（一）加强监督。正文。', '（二）改进作风。正文。') },
    report('### 一、加强监督', '正文。'),
  ],
  invalid: [
    {
      name: 'a stand-alone heading ending in ： loses the mark',
      text: report('一、加强监督$$：$$', '正文。'),
      errors: [{ message: '独立标题末尾不加“：”', severity: 'warning' }],
      output: report('一、加强监督', '正文。'),
    },
    {
      name: 'a markdown heading ending in 。',
      text: report('### 一、加强监督。', '正文。'),
      errors: [{ message: '独立标题末尾不加“。”', line: 5, column: 11 }],
      output: report('### 一、加强监督', '正文。'),
    },
    {
      name: 'the title',
      text: lines(TITLE_WITH_STOP, REVIEW, '一、甲', '正文。', PLAN),
      errors: [{ message: '独立标题末尾不加“。”', line: 1, column: 15 }],
      output: lines(HEAD, REVIEW, '一、甲', '正文。', PLAN),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷加强监督😀；', '正文。'),
      errors: [{ message: '独立标题末尾不加“；”', line: 5, column: 11 }],
      output: report('一、𠮷加强监督😀', '正文。'),
    },
  ],
});

// ---- Fix-all policy and the misses of published reports (issue 14) ----
{
const gov = (...body: string[]) => lines(
  '2026年示例市政府工作报告', '——2026年1月20日在示例市第十届人民代表大会第五次会议上', '示例市市长 王某某', '各位代表：', ...body, '各位代表！让我们团结奋斗！',
);
const REVIEW = ['一、2025年工作回顾', '回顾正文。', '二、“十五五”时期主要目标任务', '目标正文。'];
const items = (third: string) => ['（一）稳住经济增长', '稳增长正文。', '（二）深化改革开放', '促改革正文。', third, '治理正文。'];

describe('heading-punctuation: a stand-alone heading with a stray 。', () => {
  it('三、2026年重点工作。 among bare part headings is flagged and the 。 removed by fix-all', () => {
    const { text, marks } = fixture(gov(...REVIEW, '三、2026年重点工作$$。', ...items('（三）推进城市治理')));
    const found = ofRule(text, 'heading-punctuation');
    assert.deepEqual(found.map((f) => [f.start, f.severity]), [[marks[0], 'warning']]);
    assert.equal(zh(found[0].message), '独立标题末尾不加“。”：同级标题都是不加标点的独立标题');
    const fixed = fixEverything(text);
    assert.ok(fixed.includes('\n三、2026年重点工作\n'));
    assert.equal(fixEverything(fixed), fixed);
  });
  it('（三）深入推进城市治理现代化。 among bare items is flagged; nothing else is', () => {
    const { text, marks } = fixture(gov(...REVIEW, '三、2026年重点工作', ...items('（三）深入推进城市治理现代化$$。')));
    assert.deepEqual(structural(check(text)).map((f) => [f.ruleId, f.start]), [['heading-punctuation', marks[0]]]);
  });
  it('offsets hold with 𠮷 and 😀 before the mark, in a CRLF file', () => {
    const { text, marks } = fixture(gov(...REVIEW, '三、2026年重点工作', ...items('（三）推进𠮷😀治理$$。')).replace(/\n/g, '\r\n'));
    const [f] = ofRule(text, 'heading-punctuation');
    assert.equal(f.start, marks[0]);
    assert.ok(fixEverything(text).includes('（三）推进𠮷😀治理\r\n'));
  });
  it('leaves run-in headings alone: with the body on the line, or a run whose headings all end in 。', () => {
    const runIn = gov(...REVIEW, '三、2026年重点工作', '（一）稳住经济增长。稳增长正文。', '（二）深化改革开放。促改革正文。', '（三）推进城市治理。');
    assert.equal(ofRule(runIn, 'heading-punctuation').length, 0);
    const allStops = gov(...REVIEW, '三、2026年重点工作', '（一）稳住经济增长。', '正文。', '（二）深化改革开放。', '正文。', '（三）推进城市治理。', '正文。');
    assert.equal(ofRule(allStops, 'heading-punctuation').length, 0);
  });
  it('leaves alone a line far longer than its stand-alone siblings: a paragraph whose heading lost its own 。', () => {
    const text = gov(...REVIEW, '三、2026年重点工作', '（一）稳住经济增长', '正文。', '（二）深化改革开放', '正文。',
      '（三）推进城市治理，完善基层治理体系并充分发挥社区作用，持续提升城市精细化管理水平和公共服务能力。');
    assert.equal(ofRule(text, 'heading-punctuation').length, 0);
  });
});
}
