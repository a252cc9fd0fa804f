import { strict as assert } from 'assert';
import { check, ofRule, fixEverything } from '../helpers/check';
import { zh, en } from '../helpers/l10n';
import { report, lines, toCrlf } from '../helpers/ruleTester';
import { RULES } from '../../server/src/core/rules/index';

// What no single rule's file can say: the rules together on whole drafts, settings and inline suppressions.

describe('rules together', () => {
  it('a clean report has no findings', () => {
    const text = report('一、加强监督', '（一）听取报告。正文。', '（二）开展检查。正文。', '二、密切联系代表', '正文。');
    assert.deepEqual(check(text).map((f) => f.ruleId), []);
    assert.deepEqual(check(toCrlf(text)).map((f) => f.ruleId), []);
  });

  it('a Word draft with numbered parts: clean has no findings, a gap inside a part is still found', () => {
    const draft = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某', '一、2022年工作回顾', '一、加强监督', '正文。', '二、密切联系代表', '正文。', '二、2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。');
    assert.deepEqual(check(draft).map((f) => f.ruleId), []);
    const gap = draft.replace('二、改进作风', '三、改进作风');
    assert.deepEqual(check(gap).map((f) => `${f.ruleId} ${zh(f.message)}`), ['numbering-sequence “一、”之后应为“二、”，此处为“三、”']);
  });

  it('fix-all clears a draft with one mistake of each fixable kind, across rounds (a glyph is written out, then renumbered)', () => {
    const draft = report('一.加强监督：', '㈠听取报告,审议意见。。', '㈢开展检查。正文。', '二、密切联系代表', '2022年03月05日召开会议，贯彻《条例》、《规定》。', '四、丁', '正文。');
    const clean = report('一、加强监督', '（一）听取报告，审议意见。', '（二）开展检查。正文。', '二、密切联系代表', '2022年3月5日召开会议，贯彻《条例》、《规定》。', '三、丁', '正文。');
    assert.equal(fixEverything(draft), clean);
    assert.equal(fixEverything(toCrlf(draft)), toCrlf(clean));
    // Only house style is left: the 顿号 between titles is a hint whose fix waits for a person (fix-all policy).
    assert.deepEqual(check(clean).map((f) => f.ruleId), ['enumeration-comma']);
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
});

describe('the registry', () => {
  it('has 20 rules with distinct ids, a default level and a description in both languages', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 20);
    for (const r of RULES) assert.ok(zh(r.description) && en(r.description) && r.defaultLevel, r.id);
  });
  it('English messages exist for every finding', () => {
    for (const f of check(report('一.甲', '（一）、子', '三、乙', '常委会坚持学习,加强监督'))) assert.ok(/[A-Za-z]/.test(en(f.message)), f.ruleId);
  });
});
