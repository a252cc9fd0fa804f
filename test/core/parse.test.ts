import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../server/src/core/parse/parser';
import { readMarker } from '../../server/src/core/parse/marker';
import { chineseToNumber, numberToChinese } from '../../server/src/core/text/numerals';
import { fixture, lines } from '../helpers/fixture';
import { shape, count, paragraphsOf } from '../helpers/tree';

const HEAD = lines('# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某');

describe('numerals', () => {
  it('reads and writes Chinese numerals up to 九十九', () => {
    const cases: [string, number][] = [['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十一', 21], ['九十九', 99]];
    for (const [s, n] of cases) {
      assert.equal(chineseToNumber(s), n, s);
      assert.equal(numberToChinese(n), s, String(n));
    }
    for (const bad of ['', '零', '十十', '一二', '百', '二十一一']) assert.equal(chineseToNumber(bad), undefined, bad);
  });
});

describe('markers', () => {
  const read = (s: string) => readMarker(s, 0);
  it('recognises every level in its correct form', () => {
    assert.deepEqual([read('一、标题')?.level, read('（一）标题')?.level, read('1.标题')?.level, read('（1）标题')?.level, read('①标题')?.level], [1, 2, 3, 4, 5]);
    assert.equal(read('十二、标题')?.value, 12);
    assert.equal(read('（二十三）标题')?.value, 23);
  });
  it('records brackets and the mark so rules can judge them', () => {
    assert.equal(read('(一)标题')?.brackets, 'half');
    assert.equal(read('(一）标题')?.brackets, 'mixed');
    assert.equal(read('（一）、标题')?.mark, '、');
    assert.equal(read('1、标题')?.mark, '、');
    assert.equal(read('一.标题')?.mark, '.');
    assert.equal(read('㈢标题')?.brackets, 'glyph');
    assert.equal(read('㈢标题')?.value, 3);
    assert.equal(read('⑷标题')?.level, 4);
    assert.equal(read('⒌标题')?.level, 3);
  });
  it('reads exactly what the regular expressions of the forms match (the reference it replaced)', () => {
    const alphabet = fc.constantFrom(...'（()）一二三十九0129、，,.．：:。①⑳㈠㈩⑴⒇⒈⒛甲 年'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')), fc.nat(1000), (text, base) => {
      assert.deepEqual(readMarker(text, base), referenceMarker(text, base), text);
    }), { numRuns: 5000 });
  });
  it('does not take prose for a marker', () => {
    for (const s of ['一是加强学习', '2021年，我们', '1.5万亿元', '十件民生实事', '第一，加强', '5G基站', '（2021-2025年）', '一年来，']) {
      assert.equal(read(s), undefined, s);
    }
  });
});

describe('parse: the tree', () => {
  it('builds report -> part -> section -> item -> sub-item with ranges', () => {
    const { text, marks } = fixture(lines(HEAD, '## 2022年工作回顾', '$$一、加强监督', '（一）听取报告。常委会听取了报告。', '1.第一项。内容。', '（1）细项', '$$（二）开展检查', '检查正文。', '## 2023年工作设想', '一、加强学习', '学习正文。'));
    const doc = parseReport(text);
    assert.deepEqual(shape(doc), [
      'report 示例县人大常委会工作报告',
      '  part:review 2022年工作回顾',
      '    section 一、加强监督',
      '      section （一）听取报告',
      '        section 1.第一项',
      '          section （1）细项',
      '      section （二）开展检查',
      '  part:plan 2023年工作设想',
      '    section 一、加强学习',
    ]);
    const section = doc.reports[0].children[0].children[0];
    assert.equal(section.range.start, marks[0]);
    assert.ok(section.range.end > marks[1], 'the section spans its items');
    assert.equal(doc.reports[0].sessionYear, 2023);
    assert.equal(doc.reports[0].kind, 'npc');
  });

  it('gives the same tree with and without markdown #', () => {
    const md = lines(HEAD, '## 2022年工作回顾', '### 一、加强监督', '（一）听取报告。正文。', '（二）开展检查。正文。', '## 2023年工作设想', '### 一、加强学习', '正文。');
    const plain = md.replace(/^#+ /gm, '');
    assert.deepEqual(shape(parseReport(plain)), shape(parseReport(md)));
  });

  it('reads items run together in one paragraph as separate items', () => {
    const doc = parseReport(lines(HEAD, '## 2022年工作回顾', '一、把握定位', '(一)强化理论武装,坚持方向;(二)坚持党的领导,纳入大局;(三)健全制度机制,推动规范。'));
    const items = doc.reports[0].children[0].children[0].children;
    assert.deepEqual(items.map((i) => i.heading), ['强化理论武装,坚持方向', '坚持党的领导,纳入大局', '健全制度机制,推动规范']);
    assert.deepEqual(items.map((i) => i.inline), [false, true, true]);
  });

  it('takes the lead sentence of a run-in item as its heading', () => {
    const doc = parseReport(lines(HEAD, '## 2022年工作回顾', '一、把握定位', '（二）多角度切入，提供专业智慧。常委会注重汇聚多方力量。'));
    const item = doc.reports[0].children[0].children[0].children[0];
    assert.equal(item.heading, '多角度切入，提供专业智慧');
    assert.equal(item.runIn, true);
  });

  it('leaves inline enumerations and dash bullets inside their paragraphs', () => {
    const doc = parseReport(lines(HEAD, '## 2022年工作回顾', '一、加强监督', '一是加强学习；二是改进作风。', '第一，坚持方向。', '——坚持党的领导。', '二、改进服务', '正文。'));
    assert.equal(count(doc, (n) => n.type === 'section'), 2);
    assert.equal(paragraphsOf(doc, doc.reports[0].children[0].children[0]).length, 3);
  });

  it('holds several reports in one file, one node each at the top', () => {
    const two = lines(HEAD, '## 2022年工作回顾', '一、甲', '正文。', '# 政协示例县委员会常务委员会工作报告', '2023年1月9日在政协示例县第九届委员会第二次会议上', '## 2022年工作总结', '一、乙', '正文。');
    const doc = parseReport(two);
    assert.equal(doc.reports.length, 2);
    assert.deepEqual(doc.reports.map((r) => r.kind), ['npc', 'cppcc']);
  });

  it('reads title, subtitle and speaker in their real arrangements', () => {
    const merged = parseReport(lines('政府工作报告——2024年1月20日在示例市第五届人民代表大会第二次会议上', '一、2023年工作回顾', '正文。'));
    assert.equal(merged.reports[0].title, '政府工作报告');
    assert.equal(merged.reports[0].sessionYear, 2024);
    const split = parseReport(lines('政府工作报告', '——2023年1月12日在示例省第十四届', '人民代表大会第一次会议上', '示例省省长 张某', '一、过去五年工作回顾', '正文。'));
    assert.equal(split.reports[0].dateYear, 2023);
    assert.ok(split.reports[0].speaker);
    assert.equal(count(split, (n) => n.type === 'part'), 1);
    const oneLine = parseReport(lines('示例省2026年政府工作报告', '2026年1月27日在示例省第十四届人民代表大会第四次会议上 示例省省长 李某', '一、2025年工作回顾', '正文。'));
    assert.ok(oneLine.reports[0].speaker, 'date and speaker on one line');
  });

  it('skips web-page noise before and around the title', () => {
    const doc = parseReport(lines('未知标题', '', '新华社北京3月12日电　', '政府工作报告 ', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理　某某', '来源：某某日报', '时间：2025-03-05', '某某作政府工作报告。本报记者 某某摄', '各位代表：', '一、2024年工作回顾', '正文。'));
    assert.equal(doc.reports.length, 1);
    assert.equal(doc.reports[0].title, '政府工作报告');
    assert.deepEqual(shape(doc).slice(1), ['  part:review 一、2024年工作回顾']);
  });

  it('makes a numbered part of each 一、 section in government reports', () => {
    const doc = parseReport(lines('2024年示例市政府工作报告', '——2024年1月8日在示例市第十届人民代表大会第三次会议上', '一、2023年工作回顾', '正文。', '二、2024年工作任务', '（一）稳增长。正文。', '（二）促改革。正文。', '三、全面加强政府自身建设', '正文。'));
    assert.deepEqual(shape(doc).slice(1), ['  part:review 一、2023年工作回顾', '  part:plan 二、2024年工作任务', '    section （一）稳增长', '    section （二）促改革', '  part:self-building 三、全面加强政府自身建设']);
  });

  it('reads numbered parts with sections restarting at 一、 beneath them (Word drafts: 一、2022年工作回顾 / 一、……)', () => {
    const text = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '一、2022年工作回顾', '一、加强监督', '（一）听取报告。正文。', '（二）开展检查。正文。', '二、密切联系代表', '正文。', '二、2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。');
    const doc = parseReport(text);
    assert.deepEqual(shape(doc).slice(1), [
      '  part:review 一、2022年工作回顾',
      '    section 一、加强监督',
      '      section （一）听取报告',
      '      section （二）开展检查',
      '    section 二、密切联系代表',
      '  part:plan 二、2023年工作设想',
      '    section 一、加强学习',
      '    section 二、改进作风',
    ]);
  });

  it('restarts numbering inside appendices, each its own node', () => {
    const doc = parseReport(lines('政府工作报告', '——2023年1月12日在示例省第十四届人民代表大会第一次会议上', '一、2022年工作回顾', '正文。', '各位代表！让我们团结奋斗！', '附件1', '2023年十件民生实事', '一、优化服务。正文。', '二、改善环境。正文。', '附件2', '名词解释', '1.术语：解释。', '2.术语：解释。'));
    const r = doc.reports[0];
    assert.equal(r.appendices.length, 2);
    assert.equal(r.appendices[0].heading, '附件1 2023年十件民生实事');
    assert.deepEqual(r.appendices.map((a) => a.children.length), [2, 2]);
    assert.equal(r.closing.length, 1);
  });

  it('survives CRLF, BOM, tabs, full-width spaces and characters outside the BMP', () => {
    const text = '\ufeff# 示例区人大常委会工作报告\r\n——2023年1月10日在示例区第十届人民代表大会第三次会议上\r\n## 2022年工作回顾\r\n\t一、𠮷祥如意\r\n\u3000\u3000（一）𠮷利。正文。\r\n';
    const doc = parseReport(text);
    const section = doc.reports[0].children[0].children[0];
    assert.equal(section.heading, '𠮷祥如意');
    assert.equal(text.slice(section.marker!.start, section.marker!.end), '一、');
    const item = section.children[0];
    assert.equal(text.slice(item.headingRange.start, item.headingRange.end), '𠮷利');
  });

  it('gives an empty or partial tree for garbage, never an error', () => {
    for (const junk of ['', '\u0000\u0001\u0002', '（（（（（（', '一、'.repeat(1000), '\uD800\uDC00\uDC00', String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 7919) % 65536))]) {
      const doc = parseReport(junk);
      assert.ok(Array.isArray(doc.reports));
    }
  });
});

/** The marker forms as regular expressions (GB/T 9704-2012 §7.3.3), as readMarker first read them. */
function referenceMarker(s: string, base: number): ReturnType<typeof readMarker> {
  const make = (level: 1 | 2 | 3 | 4 | 5, value: number, numeral: string, brackets: 'full' | 'half' | 'mixed' | 'none' | 'glyph', mark: string, numeralOffset: number, length: number) => {
    const numeralStart = base + (brackets === 'glyph' ? 0 : numeralOffset);
    return { level, value, numeral, brackets, mark, start: base, end: base + length, numeralStart, numeralEnd: numeralStart + numeral.length, markStart: base + length - mark.length };
  };
  const bracketsOf = (open: string, close: string) => (open === '（' && close === '）' ? 'full' : open !== '（' && close !== '）' ? 'half' : 'mixed');
  let m: RegExpExecArray | null;
  if ((m = /^([（(])([一二三四五六七八九十]{1,3})([）)])([、，,.．：:]?)/.exec(s))) {
    const value = chineseToNumber(m[2]);
    return value === undefined ? undefined : make(2, value, m[2], bracketsOf(m[1], m[3]), m[4], 1, m[0].length);
  }
  if ((m = /^([（(])(\d{1,2})([）)])([、，,.．：:]?)/.exec(s))) {
    return Number(m[2]) < 1 ? undefined : make(4, Number(m[2]), m[2], bracketsOf(m[1], m[3]), m[4], 1, m[0].length);
  }
  if ((m = /^(\d{1,2})([.．、，,。])(?![\d.．])/.exec(s))) return Number(m[1]) < 1 ? undefined : make(3, Number(m[1]), m[1], 'none', m[2], 0, m[0].length);
  if ((m = /^([一二三四五六七八九十]{1,3})([、.．，,：:])/.exec(s))) {
    const value = chineseToNumber(m[1]);
    return value === undefined ? undefined : make(1, value, m[1], 'none', m[2], 0, m[0].length);
  }
  if ((m = /^([\u2460-\u2473])([、.．，,]?)/.exec(s))) return make(5, m[1].charCodeAt(0) - 0x2460 + 1, m[1], 'none', m[2], 0, m[0].length);
  if ((m = /^([\u3220-\u3229])([、，,.．：:]?)/.exec(s))) return make(2, m[1].charCodeAt(0) - 0x3220 + 1, m[1], 'glyph', m[2], 0, m[0].length);
  if ((m = /^([\u2474-\u2487])([、，,.．：:]?)/.exec(s))) return make(4, m[1].charCodeAt(0) - 0x2474 + 1, m[1], 'glyph', m[2], 0, m[0].length);
  if ((m = /^([\u2488-\u249b])([、，,.．：:]?)/.exec(s))) return make(3, m[1].charCodeAt(0) - 0x2488 + 1, m[1], 'glyph', m[2], 0, m[0].length);
  return undefined;
}
