import { strict as assert } from 'assert';
import { lines } from '../helpers/fixture';
import { ofRule } from '../helpers/check';
import { parseReport } from '../../server/src/core/parse/parser';
import { kindOf, readDateLine } from '../../server/src/core/parse/classify';

describe('report header: the kinds and date lines real reports write', () => {
  it('a subtitle opening with ―― (U+2015, a procuratorate’s layout) is the date line', () => {
    assert.deepEqual(readDateLine('――2026年1月20日在示例市第十届人民代表大会第五次会议上'), { year: 2026, yearOffset: 2 });
    const text = lines('示例市人民检察院工作报告', '――2026年1月20日在示例市第十届人民代表大会第五次会议上', '示例市人民检察院检察长 王某某',
      '一、2024年工作回顾', '正文。', '二、2026年工作安排', '正文。');
    const r = parseReport(text).reports[0];
    assert.equal(r.kind, 'procuratorate');
    assert.equal(r.dateYear, 2026);
    assert.equal(r.sessionYear, 2026);
    // The session year it gives is what the review's year is checked against.
    assert.deepEqual(ofRule(text, 'year-mismatch').map((f) => text.slice(f.start, f.end)), ['2024']);
  });
  it('中国人民政治协商会议……常务委员会工作报告 is a CPPCC report, not a people’s congress’s', () => {
    assert.equal(kindOf('中国人民政治协商会议示例市委员会常务委员会工作报告'), 'cppcc');
    assert.equal(parseReport(lines('中国人民政治协商会议示例市委员会常务委员会工作报告', '——2026年1月19日在政协示例市第十届委员会第五次会议上', '正文。')).reports[0].kind, 'cppcc');
    assert.equal(kindOf('示例市人民代表大会常务委员会工作报告'), 'npc');
  });
});
