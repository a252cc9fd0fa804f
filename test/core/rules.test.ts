import { strict as assert } from 'assert';
import { fixture, lines } from '../helpers/fixture';
import { check, ofRule, applyFirstFix, fixEverything } from '../helpers/check';
import { zh, en } from '../helpers/l10n';
import { RULES } from '../../server/src/core/rules/index';

const HEAD = lines('# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某');
const REVIEW = '## 2022年工作回顾';
const PLAN = lines('## 2023年工作设想', '一、加强学习', '学习正文。', '二、改进作风', '作风正文。');
/** A well-formed report around `body` (the review part's sections). */
const report = (...body: string[]) => lines(HEAD, REVIEW, ...body, PLAN);

describe('rules: a clean report has no findings', () => {
  it('is clean', () => {
    const text = report('一、加强监督', '（一）听取报告。正文。', '（二）开展检查。正文。', '二、密切联系代表', '正文。');
    assert.deepEqual(check(text).map((f) => f.ruleId), []);
  });
});

describe('rules on a Word draft with numbered parts', () => {
  it('a clean one has no findings; a gap inside a part is still found', () => {
    const draft = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某', '一、2022年工作回顾', '一、加强监督', '正文。', '二、密切联系代表', '正文。', '二、2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。');
    assert.deepEqual(check(draft).map((f) => f.ruleId), []);
    const gap = draft.replace('二、改进作风', '三、改进作风');
    assert.deepEqual(check(gap).map((f) => `${f.ruleId} ${zh(f.message)}`), ['numbering-sequence “一、”之后应为“二、”，此处为“三、”']);
  });
});

describe('numbering-sequence', () => {
  it('flags a gap and names what was expected', () => {
    const { text, marks } = fixture(report('一、甲', '正文。', '二、乙', '正文。', '$$四、丁', '正文。'));
    const [f] = ofRule(text, 'numbering-sequence');
    assert.equal(f.start, marks[0]);
    assert.equal(zh(f.message), '“二、”之后应为“三、”，此处为“四、”');
    assert.equal(f.severity, 'error');
  });
  it('flags a repeat and a reversal', () => {
    assert.equal(ofRule(report('一、甲', '正文。', '一、乙', '正文。'), 'numbering-sequence').length, 1);
    assert.equal(ofRule(report('一、甲', '（二）子。正文。', '（一）子。正文。'), 'numbering-sequence').length, 1);
  });
  it('renumbers the run, keeping the written form', () => {
    const text = report('一、甲', '正文。', '(一)子。正文。', '(三)子。正文。', '(四)子。正文。');
    const fixed = applyFirstFix(text, ofRule(text, 'numbering-sequence')[0]);
    assert.ok(fixed.includes('(一)子。正文。\n(二)子。正文。\n(三)子。正文。'));
  });
  it('counts on past 十', () => {
    const items = Array.from({ length: 12 }, (_, i) => `（${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i]}）子。正文。`);
    assert.equal(ofRule(report('一、甲', ...items), 'numbering-sequence').length, 0);
    items.splice(10, 1);
    assert.equal(zh(ofRule(report('一、甲', ...items), 'numbering-sequence')[0].message), '“（十）”之后应为“（十一）”，此处为“（十二）”');
  });
});

describe('numbering-start', () => {
  it('flags a first sibling that is not one, and renumbers from one', () => {
    const { text, marks } = fixture(report('一、甲', '$$（二）子。正文。', '（三）子。正文。'));
    const [f] = ofRule(text, 'numbering-start');
    assert.equal(f.start, marks[0]);
    assert.equal(f.severity, 'warning');
    assert.ok(applyFirstFix(text, f).includes('（一）子。正文。\n（二）子。正文。'));
  });
  it('accepts numbering restarting under each part', () => {
    assert.equal(ofRule(report('一、甲', '正文。'), 'numbering-start').length, 0);
  });
});

describe('marker-punctuation', () => {
  const cases: [string, string, string][] = [
    ['一.甲', '一、甲', '“一”后应为“、”'],
    ['一，甲', '一、甲', '“一”后应为“、”'],
    ['一：甲', '一、甲', '“一”后应为“、”'],
  ];
  for (const [wrong, right, msg] of cases) {
    it(`${wrong} -> ${right}`, () => {
      const text = report(wrong, '正文。');
      const [f] = ofRule(text, 'marker-punctuation');
      assert.ok(zh(f.message).startsWith(msg), zh(f.message));
      assert.ok(applyFirstFix(text, f).includes(`\n${right}\n`));
    });
  }
  it('（一）、 loses the 顿号; 1、 takes the dot; （1）、 loses the mark', () => {
    const text = report('一、甲', '（一）、子。正文。', '1、孙。正文。', '（1）、曾孙。正文。');
    const found = ofRule(text, 'marker-punctuation');
    assert.equal(found.length, 3);
    assert.equal(zh(found[0].message), '“（一）”后不加标点，此处为“、”');
    assert.ok(fixEverything(text).includes('（一）子。正文。\n1.孙。正文。\n（1）曾孙。正文。'));
  });
  it('一是： and 第一、 inside paragraphs', () => {
    const text = report('一、甲', '一是：加强学习；二是改进作风。第一、坚持方向。');
    const found = ofRule(text, 'marker-punctuation');
    assert.deepEqual(found.map((f) => zh(f.message)), ['“一是”后不加标点，此处为“：”', '“第一”后应为逗号“，”，此处为“、”']);
    assert.ok(fixEverything(text).includes('一是加强学习；二是改进作风。第一，坚持方向。'));
  });
});

describe('marker-bracket', () => {
  it('flags mixed-width brackets and normalises to the document’s form', () => {
    const text = report('一、甲', '（一）子。正文。', '(二）子。正文。', '（三）子。正文。');
    const [f] = ofRule(text, 'marker-bracket');
    assert.equal(zh(f.message), '序号括号不成对：“(二）”应为“（二）”');
    assert.ok(applyFirstFix(text, f).includes('\n（二）子。正文。'));
  });
  it('flags composed glyphs ㈠ ⑴ ⒈ and writes them out', () => {
    const text = report('一、甲', '㈠子。正文。', '⒈孙。正文。', '⑴曾孙。正文。');
    assert.equal(ofRule(text, 'marker-bracket').length, 3);
    assert.ok(fixEverything(text).includes('（一）子。正文。\n1.孙。正文。\n（1）曾孙。正文。'));
  });
});

describe('marker-style', () => {
  it('flags the minority form of a level and uses the majority', () => {
    const text = report('一、甲', '（一）子。正文。', '（二）子。正文。', '(三)子。正文。');
    const [f] = ofRule(text, 'marker-style');
    assert.equal(zh(f.message), '本文第二层序号多写作“（三）”，此处为“(三)”');
    assert.ok(applyFirstFix(text, f).includes('（三）子。正文。'));
  });
  it('accepts a document written in half-width brackets throughout', () => {
    assert.equal(ofRule(report('一、甲', '(一)子。正文。', '(二)子。正文。'), 'marker-style').length, 0);
  });
  it('flags 1． among 1.', () => {
    assert.equal(ofRule(report('一、甲', '1.子。正文。', '2.子。正文。', '3．子。正文。'), 'marker-style').length, 1);
  });
});

describe('level-order', () => {
  it('flags （一） under 1.', () => {
    const { text, marks } = fixture(report('一、甲', '1.孙。正文。', '$$（一）子。正文。'));
    const [f] = ofRule(text, 'level-order');
    assert.equal(f.start, marks[0]);
    assert.equal(zh(f.message), '“（一）”不应出现在“1.”之下：层级倒置');
  });
});

describe('level-skip', () => {
  it('hints when 一、 is followed directly by 1.', () => {
    const [f] = ofRule(report('一、甲', '1.孙。正文。', '2.孙。正文。'), 'level-skip');
    assert.equal(f.severity, 'hint');
    assert.equal(zh(f.message), '“一、”下直接使用“1.”，跳过了“（一）”一级');
  });
  it('can be raised to a warning in settings', () => {
    assert.equal(ofRule(report('一、甲', '1.孙。正文。', '2.孙。正文。'), 'level-skip', { rules: { 'level-skip': 'warning' } })[0].severity, 'warning');
  });
});

describe('lone-item', () => {
  it('flags a parent with exactly one numbered child', () => {
    const [f] = ofRule(report('一、甲', '（一）子。正文。', '二、乙', '正文。'), 'lone-item');
    assert.equal(zh(f.message), '“（一）”是本级唯一的一项，缺少“（二）”；只有一项时不必编号');
  });
});

describe('empty-section', () => {
  it('flags a stand-alone heading with nothing before the next heading', () => {
    const { text, marks } = fixture(report('$$一、甲', '二、乙', '正文。'));
    const [f] = ofRule(text, 'empty-section');
    assert.equal(f.start, marks[0]);
  });
  it('leaves abstracts (摘要) alone: they publish headings only', () => {
    const text = report('一、甲', '二、乙', '正文。').replace('会议上', '会议上（摘要）');
    assert.equal(ofRule(text, 'empty-section').length, 0);
  });
});

describe('heading-punctuation', () => {
  it('flags a stand-alone heading ending in ： and removes the mark', () => {
    const text = report('一、加强监督：', '正文。');
    const [f] = ofRule(text, 'heading-punctuation');
    assert.ok(applyFirstFix(text, f).includes('\n一、加强监督\n'));
  });
  it('flags a markdown heading ending in 。 but not a run-in heading', () => {
    assert.equal(ofRule(report('### 一、加强监督。', '正文。'), 'heading-punctuation').length, 1);
    assert.equal(ofRule(report('一、甲', '（一）加强监督。正文。', '（二）改进作风。正文。'), 'heading-punctuation').length, 0);
  });
});

describe('required-part', () => {
  it('flags a report without a plan part and offers its skeleton', () => {
    const text = lines(HEAD, REVIEW, '一、甲', '正文。');
    const [f] = ofRule(text, 'required-part');
    assert.equal(zh(f.message), '缺少“工作设想”部分（人大常委会工作报告应有此部分）');
    assert.ok(applyFirstFix(text, f).includes('2023年工作设想'));
  });
  it('a profile can require the shortcomings part', () => {
    const config = { profile: 'strict', profiles: { strict: { required: ['review', 'shortcomings', 'plan'] as ('review' | 'shortcomings' | 'plan')[] } } };
    assert.equal(ofRule(report('一、甲', '正文。'), 'required-part', config).length, 1);
    assert.equal(ofRule(report('一、甲', '正文。', '回顾过去的一年，我们的工作还存在差距。'), 'required-part', config).length, 0);
  });
});

describe('part-order', () => {
  it('flags a review part after the plan part', () => {
    const text = lines(HEAD, '## 2023年工作设想', '一、甲', '正文。', '## 2022年工作回顾', '一、乙', '正文。');
    assert.equal(ofRule(text, 'part-order').length, 1);
  });
  it('flags shortcomings inside the plan part', () => {
    const text = lines(HEAD, REVIEW, '一、甲', '正文。', '## 2023年工作设想', '一、乙', '正文。', '我们也清醒看到工作中存在的不足。');
    assert.equal(ofRule(text, 'part-order').length, 1);
  });
});

describe('year-mismatch', () => {
  it('flags a review part not about Y-1, and fixes the year', () => {
    const { text, marks } = fixture(lines(HEAD, '## $$2021年工作回顾', '一、甲', '正文。', PLAN));
    const [f] = ofRule(text, 'year-mismatch');
    assert.equal(f.start, marks[0]);
    assert.equal(zh(f.message), '回顾部分应为2022年（2023年会议的上一年），此处为2021年');
    assert.ok(applyFirstFix(text, f).includes('## 2022年工作回顾'));
  });
  it('a date line moved on and a plan heading left behind disagree: both are flagged, the review waits', () => {
    const text = lines(HEAD, '## 2021年工作回顾', '一、甲', '正文。', '## 2022年工作设想', '一、乙', '正文。');
    assert.deepEqual(ofRule(text, 'year-mismatch').map((f) => text.slice(f.start, f.end)), ['2023', '2022']);
  });
  it('flags a date line that disagrees with the configured session year', () => {
    const text = lines(HEAD, '## 2023年工作回顾', '一、甲', '正文。', '## 2024年工作设想', '一、乙', '正文。');
    const [f] = ofRule(text, 'year-mismatch', { sessionYear: 2024 });
    assert.equal(zh(f.message), '日期行年份应为会议年份2024年，此处为2023年');
    assert.ok(applyFirstFix(text, f).includes('——2024年1月10日'));
  });
  it('uses the session year from settings over the date line', () => {
    assert.equal(ofRule(report('一、甲', '正文。'), 'year-mismatch', { sessionYear: 2024 }).length, 3, 'date line, review and plan');
  });
  it('knows five-year reviews and never reads body text', () => {
    const text = lines(HEAD, '## 过去五年工作回顾', '一、甲', '2018年以来，我们完成了2035年远景目标的前期工作。', PLAN);
    assert.equal(ofRule(text, 'year-mismatch').length, 0);
  });
});

describe('broken-paragraph', () => {
  it('flags a paragraph cut mid-sentence and joins it', () => {
    const { text, marks } = fixture(lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预$$算', '', '审查监督体系。', PLAN));
    const [f] = ofRule(text, 'broken-paragraph');
    assert.equal(f.end, marks[0] + 1);
    assert.ok(applyFirstFix(text, f).includes('不断完善预算审查监督体系。'));
  });
  it('reads a run-in item cut short as broken when its siblings are run-in', () => {
    const text = report('一、甲', '（一）全过程参与，推动市、区', '对接规划编制。', '（二）多角度切入。正文。', '（三）全方位发动。正文。');
    assert.equal(ofRule(text, 'broken-paragraph').length, 1);
  });
  it('never fires on headings, salutations, closing quotes or the end of a report', () => {
    const text = lines(HEAD, '各位代表：', REVIEW, '一、甲', '（一）听取报告', '正文。', '（二）开展检查', '正文。', '他说：“要坚持。”', '会议强调（具体见附件）', '下一段。', PLAN, '2023年，常委会要坚持方向，');
    assert.equal(ofRule(text, 'broken-paragraph').filter((f) => !text.slice(f.start, f.end + 1).includes('附件')).length, 0);
  });
});

describe('punctuation-width', () => {
  it('flags half-width marks between Chinese characters and pairs of half-width brackets', () => {
    const text = report('一、甲', '常委会坚持学习,加强监督;改进作风(试行)。');
    const found = ofRule(text, 'punctuation-width');
    assert.equal(found.length, 4);
    assert.equal(found[0].severity, 'information');
    assert.ok(fixEverything(text).includes('常委会坚持学习，加强监督；改进作风（试行）。'));
  });
  it('leaves numbers, times, Latin text and brackets around them alone', () => {
    assert.equal(ofRule(report('一、甲', '增长5.5%，时间9:30，A,B两类，(2021)版，(A/B)方案。'), 'punctuation-width').length, 0);
  });
  it('changes a half-width pair around Chinese as a pair, so it stays balanced', () => {
    assert.equal(fixEverything(report('一、甲', '规划(2021-2025年)实施。')).includes('规划（2021-2025年）实施。'), true);
  });
});

describe('paired-marks', () => {
  it('flags an unbalanced quote or bracket within a paragraph', () => {
    const { text, marks } = fixture(report('一、甲', '贯彻$$“人民城市理念，推动《条例》实施。'));
    const [f] = ofRule(text, 'paired-marks');
    assert.equal(f.start, marks[0]);
  });
  it('accepts balanced marks and marker brackets', () => {
    assert.equal(ofRule(report('一、甲', '（一）贯彻“人民城市”理念（试行）。正文。', '（二）乙。正文。'), 'paired-marks').length, 0);
  });
});

describe('enumeration-comma', () => {
  it('flags 、 between book titles or quotes and before 等', () => {
    const text = report('一、甲', '贯彻《条例》、《规定》、等文件和“双减”、“双碳”要求。');
    assert.equal(ofRule(text, 'enumeration-comma').length, 3);
    assert.ok(fixEverything(text).includes('贯彻《条例》《规定》等文件和“双减”“双碳”要求。'));
  });
});

describe('doubled-punctuation', () => {
  it('collapses doubled marks but keeps …… and ——', () => {
    const text = report('一、甲', '加强学习，，改进作风。。……——');
    assert.equal(ofRule(text, 'doubled-punctuation').length, 2);
    assert.ok(fixEverything(text).includes('加强学习，改进作风。……——'));
  });
});

describe('date-format', () => {
  it('removes leading zeros, flags two-digit years, writes 〇 for 零', () => {
    const text = report('一、甲', '2022年03月05日召开会议，21年5月完成，二零二二年底验收。');
    const found = ofRule(text, 'date-format');
    assert.equal(found.length, 3);
    const fixed = fixEverything(text);
    assert.ok(fixed.includes('2022年3月5日召开会议'));
    assert.ok(fixed.includes('二〇二二年底'));
  });
});

describe('configuration and suppression', () => {
  it('off removes a rule entirely', () => {
    assert.equal(ofRule(report('一、甲', '正文。', '三、乙', '正文。'), 'numbering-sequence', { rules: { 'numbering-sequence': 'off' } }).length, 0);
  });
  it('<!-- workreport-disable-next-line id --> silences one line, disable/enable a region', () => {
    const base = report('一、甲', '正文。', '<!-- workreport-disable-next-line numbering-sequence -->', '三、乙', '正文。', '五、丙', '正文。');
    assert.equal(ofRule(base, 'numbering-sequence').length, 1);
    const region = report('<!-- workreport-disable -->', '一、甲', '正文。', '三、乙', '正文。', '<!-- workreport-enable -->', '五、丙', '正文。');
    assert.equal(check(region).filter((f) => f.ruleId === 'numbering-sequence').length, 1);
  });
  it('every rule in docs/rules.md is registered, with a default level and a description in both languages', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 19);
    for (const r of RULES) assert.ok(zh(r.description) && en(r.description) && r.defaultLevel, r.id);
  });
  it('English messages exist for every finding', () => {
    for (const f of check(report('一.甲', '（一）、子', '三、乙', '常委会坚持学习,加强监督'))) assert.ok(/[A-Za-z]/.test(en(f.message)), f.ruleId);
  });
});
