import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../server/src/core/parse/parser';
import { documentStats } from '../../server/src/core/features/stats';
import { wordCountLenses } from '../../server/src/core/features/codeLens';
import { countWords } from '../../server/src/core/features/wordCount';
import { Suppressions, directiveComment, disableNextLineEdit } from '../../server/src/core/lint/suppression';
import { minimalEdit } from '../../server/src/core/text/diff';
import { LineTable } from '../../server/src/core/text/lines';
import type { TextEdit } from '../../server/src/core/text/edit';
import { fixture, lines } from '../helpers/fixture';
import { en, zh } from '../helpers/l10n';

/** The core functions behind the server's statistics, code lenses, suppression action and fix-all edit. */

const apply = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

/** A government report written for these tests: two parts; 𠮷 (two UTF-16 units) counts as one character. */
const { text: report, marks: headings } = fixture(lines(
  '# 示例县人民政府工作报告',
  '——2024年1月10日在示例县第十八届人民代表大会第三次会议上',
  '',
  '$$## 2023年工作回顾',
  '',
  '$$一、推动经济𠮷发展',
  '',
  '（一）壮大工业。全年新增企业12家。',
  '',
  '（二）振兴农业',
  '',
  '粮食稳产。',
  '',
  '$$二、增进民生福祉',
  '',
  '新建学校3所。',
  '',
  '$$## 2024年工作安排',
  '',
  '$$一、深化改革',
  '',
  '1.优化营商环境。',
  '',
  '推进改革。',
));

describe('core: document statistics', () => {
  it('counts 字数, parts and numbered headings of each report', () => {
    const stats = documentStats(parseReport(report));
    assert.equal(stats.words, countWords(report));
    assert.deepEqual(stats.reports, [{ title: '示例县人民政府工作报告', words: stats.words, parts: 2, sections: 6 }]);
  });

  it('counts 𠮷 once and CRLF documents as their LF twins', () => {
    const crlf = documentStats(parseReport(report.replace(/\n/g, '\r\n')));
    assert.deepEqual(crlf, documentStats(parseReport(report)));
    assert.equal(documentStats(parseReport('一、𠮷')).words, 2);
  });

  it('punctuation and spaces are no 字; an empty document is one untitled report of 0 字', () => {
    assert.equal(documentStats(parseReport('，。、 \u3000！')).words, 0);
    assert.deepEqual(documentStats(parseReport('')), { words: 0, reports: [{ title: '', words: 0, parts: 0, sections: 0 }], placeholders: 0 });
  });

  it('counts the placeholders 【待补充：…】 left to write, wherever they stand', () => {
    const draft = report.replace('新建学校3所。', '【待补充：主要数据】新建学校【待补充:数量】所。\n\n【待补充：成效】');
    assert.equal(documentStats(parseReport(draft)).placeholders, 3);
    assert.equal(documentStats(parseReport(report)).placeholders, 0);
  });
});

describe('core: 字数 code lenses', () => {
  it('sit on each part and each 一、 section, not deeper, with the node’s 字数', () => {
    const lenses = wordCountLenses(parseReport(report));
    assert.deepEqual(lenses.map((lens) => lens.offset), headings);
    // 二、增进民生福祉 + 新建学校3所: 13; 一、推动经济𠮷发展 and its two items: 31, 𠮷 once.
    assert.deepEqual(lenses.map((lens) => lens.words), [53, 31, 13, 25, 16]);
    assert.equal(zh(lenses[2].title), '13字');
    assert.equal(en(lenses[2].title), '13 chars');
  });

  it('a text without parts or sections has none', () => {
    assert.deepEqual(wordCountLenses(parseReport('会议纪要\n\n今天开会。')), []);
  });
});

describe('core: the suppression comment', () => {
  it('is written as the reader reads it back: the next line only, that rule only', () => {
    const comment = directiveComment('disable-next-line', ['numbering-sequence']);
    assert.equal(comment, '<!-- workreport-disable-next-line numbering-sequence -->');
    const suppressions = new Suppressions(new LineTable(lines(comment, '三、乙', '四、丙')));
    assert.ok(suppressions.isSuppressed('numbering-sequence', 1));
    assert.ok(!suppressions.isSuppressed('numbering-sequence', 2));
    assert.ok(!suppressions.isSuppressed('date-format', 1));
    assert.equal(directiveComment('disable'), '<!-- workreport-disable -->');
  });

  it('goes above the finding’s line with its indentation and the document’s line break', () => {
    const { text, marks: [finding] } = fixture('一、甲\r\n\u3000\u3000𠮷𠮷三、$$乙\r\n正文。');
    const edit = disableNextLineEdit(new LineTable(text), finding, 'numbering-sequence');
    assert.equal(apply(text, edit), '一、甲\r\n\u3000\u3000<!-- workreport-disable-next-line numbering-sequence -->\r\n\u3000\u3000𠮷𠮷三、乙\r\n正文。');
    const last = disableNextLineEdit(new LineTable('一、甲\n三、乙'), 7, 'x');
    assert.equal(apply('一、甲\n三、乙', last), '一、甲\n<!-- workreport-disable-next-line x -->\n三、乙', 'the last line takes the break before it');
    assert.equal(apply('三、乙', disableNextLineEdit(new LineTable('三、乙'), 0, 'x')), '<!-- workreport-disable-next-line x -->\n三、乙');
  });
});

describe('core: the minimal edit', () => {
  it('replaces only what changed', () => {
    assert.deepEqual(minimalEdit('一、甲（二）、乙', '一、甲（二）乙'), { start: 6, end: 7, newText: '' });
    assert.deepEqual(minimalEdit('abc', 'abc'), { start: 3, end: 3, newText: '' });
    assert.deepEqual(minimalEdit('', 'x'), { start: 0, end: 0, newText: 'x' });
  });

  it('never splits 𠮷 or 😀: a pair that differs in its low half is replaced whole', () => {
    // 😀 U+1F600 and 😁 U+1F601 share their high surrogate; 𠮷 U+20BB7 and 𤮷 U+24BB7 share their low one.
    assert.deepEqual(minimalEdit('甲😀乙', '甲😁乙'), { start: 1, end: 3, newText: '😁' });
    assert.deepEqual(minimalEdit('甲𠮷乙', '甲\u{24BB7}乙'), { start: 1, end: 3, newText: '\u{24BB7}' });
    assert.deepEqual(minimalEdit('😀', '😁'), { start: 0, end: 2, newText: '😁' });
    assert.deepEqual(minimalEdit('𠮷', '\u{24BB7}'), { start: 0, end: 2, newText: '\u{24BB7}' });
  });

  it('never splits a CRLF line break', () => {
    assert.deepEqual(minimalEdit('甲\r\n乙', '甲\r乙'), { start: 1, end: 3, newText: '\r' });
    assert.deepEqual(minimalEdit('甲\r\n乙', '甲\n乙'), { start: 1, end: 3, newText: '\n' });
    assert.deepEqual(minimalEdit('一、甲。\r\n二、乙', '一、甲\r\n二、乙'), { start: 3, end: 4, newText: '' });
  });

  it('turns any text into any other, touching no pair it does not change (property)', () => {
    const unit = fc.constantFrom('甲', 'a', '𠮷', '\u{24BB7}', '😀', '😁', '\r', '\n', '\r\n', '。');
    const text = fc.array(unit, { maxLength: 12 }).map((units) => units.join(''));
    const splits = (t: string, at: number) => (/[\ud800-\udbff]/.test(t[at - 1] ?? '') && /[\udc00-\udfff]/.test(t[at] ?? '')) || (t[at - 1] === '\r' && t[at] === '\n');
    fc.assert(fc.property(text, text, (before, after) => {
      const edit = minimalEdit(before, after);
      assert.equal(apply(before, edit), after);
      assert.ok(!splits(before, edit.start) && !splits(before, edit.end), JSON.stringify({ before, after, edit }));
    }), { numRuns: 2000 });
  });
});
