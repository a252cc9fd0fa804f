import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../server/src/core/parse/parser';
import { completeAt } from '../../server/src/core/features/completion';
import { countWords, WordCounter } from '../../server/src/core/features/wordCount';
import { draftNextYear, PLACEHOLDER } from '../../server/src/core/features/draftNextYear';
import { hoverAt } from '../../server/src/core/features/hover';
import { selectionSpans } from '../../server/src/core/features/selection';
import { documentSymbols } from '../../server/src/core/features/outline';
import { looksLikeReport } from '../../server/src/core/features/detect';
import { check } from '../helpers/check';
import { fixture, lines, seedText, requireShared, HAVE_SHARED } from '../helpers/fixture';

const HEAD = lines('# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某');
const labels = (src: string) => {
  const { text, marks } = fixture(src);
  return completeAt(parseReport(text), marks[0]).map((c) => c.label);
};

describe('completion: the next marker where the cursor stands', () => {
  it('after 二、 with items: the next item, a sub-item, then the next section', () => {
    assert.deepEqual(labels(lines(HEAD, '## 2022年工作回顾', '一、甲', '正文。', '二、乙', '（一）子。正文。', '$$')).slice(0, 3), ['（二）', '1.', '三、']);
  });
  it('writes the document’s own form: half-width brackets where the document uses them', () => {
    assert.deepEqual(labels(lines(HEAD, '## 2022年工作回顾', '一、甲', '(一)子。正文。', '(二)子。正文。', '$$')).slice(0, 1), ['(三)']);
  });
  it('offers the document’s form even after a sibling written wrong', () => {
    assert.deepEqual(labels(lines(HEAD, '## 2022年工作回顾', '一、甲', '（一）子。正文。', '（二）子。正文。', '(三）子。正文。', '$$')).slice(0, 1), ['（四）']);
  });
  it('after typing （ it still offers, replacing what was typed', () => {
    const { text, marks } = fixture(lines(HEAD, '## 2022年工作回顾', '一、甲', '（一）子。正文。', '（$$'));
    const items = completeAt(parseReport(text), marks[0]);
    assert.equal(items[0].label, '（二）');
    assert.equal(items[0].replaceStart, marks[0] - 1);
  });
  it('under a part with no sections yet: 一、', () => {
    assert.ok(labels(lines(HEAD, '## 2022年工作回顾', '$$')).includes('一、'));
  });
  it('after the review part: the plan part heading with the session year', () => {
    assert.ok(labels(lines(HEAD, '## 2022年工作回顾', '一、甲', '正文。', '$$')).includes('2023年工作设想'));
  });
  it('under a numbered part that holds sections (Word drafts): 一、, then the next part', () => {
    const word = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '一、2022年工作回顾', '一、加强监督', '正文。', '$$');
    assert.equal(labels(word)[0], '二、');
    const fresh = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '一、2022年工作回顾', '一、加强监督', '正文。', '二、2023年工作设想', '$$');
    assert.ok(labels(fresh).includes('一、'), labels(fresh).join(' '));
    assert.ok(!labels(fresh).includes('（一）'));
  });
  it('nothing in the middle of a line', () => {
    assert.deepEqual(labels(lines(HEAD, '## 2022年工作回顾', '一、甲', '常委会$$')), []);
  });
});

describe('字数', () => {
  it('counts Chinese characters, letters and digits; not punctuation or spaces; 𠮷 once', () => {
    assert.equal(countWords('常委会，坚持学习。 ABC 123'), 3 + 4 + 3 + 3);
    assert.equal(countWords('𠮷𠮷。'), 2);
    assert.equal(countWords('“”（）《》、，。　 \n'), 0);
    const c = new WordCounter('一二三𠮷四');
    assert.equal(c.count(0, 3), 3);
    assert.equal(c.count(3, 5), 1);
  });
  it('counts any range as counting its text directly would: indentation, trailing spaces, CRLF, lone CR, 𠮷', () => {
    const pieces = ['一', '二', 'A', '7', '，', '。', '　', ' ', '\t', '𠮷', '\n', '\r\n', '\r', '“', '”'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), fc.nat(), fc.nat(), (parts, x, y) => {
      const text = parts.join('');
      // Cut points between pieces, so no range splits 𠮷's surrogate pair.
      const cuts = [0];
      for (const p of parts) cuts.push(cuts[cuts.length - 1] + p.length);
      const [a, b] = [cuts[x % cuts.length], cuts[y % cuts.length]].sort((m, n) => m - n);
      assert.equal(new WordCounter(text).count(a, b), countWords(text.slice(a, b)), JSON.stringify({ text, a, b }));
    }), { numRuns: 2000 });
  });
  it('the outline names each node with marker + heading and gives its 字数 as detail', () => {
    const doc = parseReport(lines(HEAD, '## 2022年工作回顾', '一、加强监督', '正文十个字正文十个字。'));
    const [report] = documentSymbols(doc);
    const section = report.children[0].children[0];
    assert.equal(section.name, '一、加强监督');
    assert.equal(section.detail, `${4 + 1 + 10}字`);
  });
  it('cuts long headings at a character boundary', () => {
    const doc = parseReport(lines(HEAD, '## 2022年工作回顾', `一、${'𠮷'.repeat(60)}`, '正文。'));
    const name = documentSymbols(doc)[0].children[0].children[0].name;
    assert.equal(name, `一、${'𠮷'.repeat(40)}…`);
  });
});

describe('hover and selection', () => {
  it('hover on a heading gives its path and 字数', () => {
    const { text, marks } = fixture(lines(HEAD, '## 2022年工作回顾', '一、加强监督', '（$$一）听取报告。正文。'));
    const h = hoverAt(parseReport(text), marks[0])!;
    assert.deepEqual(h.path, ['示例县人大常委会工作报告', '2022年工作回顾', '一、加强监督', '（一）听取报告']);
    assert.ok(h.words > 0);
  });
  it('hover on body text gives nothing', () => {
    const { text, marks } = fixture(lines(HEAD, '## 2022年工作回顾', '一、加强监督', '正$$文。'));
    assert.equal(hoverAt(parseReport(text), marks[0]), undefined);
  });
  it('selection grows sentence -> paragraph -> section -> part -> report', () => {
    const { text, marks } = fixture(lines(HEAD, '## 2022年工作回顾', '一、加强监督', '第一句。第$$二句。'));
    const spans = selectionSpans(parseReport(text), marks[0]).map((s) => text.slice(s.start, s.end));
    assert.equal(spans[0], '第二句。');
    assert.equal(spans[1], '第一句。第二句。');
    assert.ok(spans[spans.length - 1].startsWith('# 示例县'));
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i].length > spans[i - 1].length);
  });
});

describe('detecting reports among markdown and plain text', () => {
  it('serves drafts whose first lines hold a report title', () => {
    assert.ok(looksLikeReport(lines('# 示例区人大常委会工作报告', '正文')));
    assert.ok(looksLikeReport(lines('关于预算执行情况的报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上')));
    assert.ok(!looksLikeReport(lines('# Meeting notes', '1. buy milk')));
    assert.ok(!looksLikeReport(lines('# 调研报告', '一、基本情况')), 'a 报告 without a date line is not a work report');
  });

  it('serves a document only where the parser reads a report title in it, whatever its first lines hold', () => {
    const piece = fc.constantFrom('# 示例区人大常委会工作报告', '## 示例区人大常委会工作报告', '示例区政府工作报告', '调研报告', '',
      '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '来源：示例网', '各位代表：', '一、加强监督', '正文。');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (ls) => {
      const text = lines(...ls);
      if (looksLikeReport(text)) assert.ok(parseReport(text).reports.some((report) => report.title !== ''), text);
    }), { numRuns: 300 });
  });
});

describe('next year’s draft', () => {
  const text = lines(HEAD, '## 2022年工作回顾', '一、加强监督', '正文。', '## 2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。', '各位代表，让我们团结奋斗！');
  it('moves years on, leaves the date line to fill, lists last year’s plan as this year’s review', () => {
    const draft = draftNextYear(parseReport(text));
    assert.equal(draft.sessionYear, 2024);
    assert.ok(draft.text.includes('——2024年×月×日在示例县第十届人民代表大会第×次会议上'));
    assert.ok(draft.text.includes(`## 2023年工作回顾\n\n### 一、加强学习\n\n${PLACEHOLDER.review}\n\n### 二、改进作风`));
    assert.ok(draft.text.includes('## 2024年工作设想'));
    assert.ok(draft.text.trimEnd().endsWith('各位代表，让我们团结奋斗！'));
  });
  it('names the right years even when this year’s report had a wrong one', () => {
    const wrong = text.replace('## 2022年工作回顾', '## 2021年工作回顾').replace('## 2023年工作设想', '## 2022年工作设想');
    const draft = draftNextYear(parseReport(wrong)).text;
    assert.ok(draft.includes('## 2023年工作回顾') && draft.includes('## 2024年工作设想'));
  });
  it('a Word draft with numbered parts gives a draft of the same shape, itself clean', () => {
    const word = lines('示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '一、2022年工作回顾', '一、加强监督', '正文。', '二、2023年工作设想', '一、加强学习', '正文。', '二、改进作风', '正文。');
    const draft = draftNextYear(parseReport(word)).text;
    assert.ok(draft.includes(`一、2023年工作回顾\n\n一、加强学习\n\n${PLACEHOLDER.review}\n\n二、改进作风`), draft);
    assert.ok(draft.includes('二、2024年工作设想\n\n一、（待补充）'));
    assert.deepEqual(check(draft).filter((f) => f.severity === 'error').map((f) => f.ruleId), []);
  });
  it('the draft is itself a well-formed report with the right years', () => {
    assert.equal(parseReport(draftNextYear(parseReport(text)).text).reports[0].sessionYear, 2024, 'the blank date line still gives the year');
    const findings = check(draftNextYear(parseReport(text)).text).filter((f) => f.severity === 'error' || f.ruleId === 'year-mismatch');
    assert.deepEqual(findings.map((f) => f.ruleId), []);
  });
  it('for the seed: both reports, 2022 session, CPPCC review lists its four plan sections', function () {
    if (!HAVE_SHARED) this.skip();
    requireShared(this);
    const draft = draftNextYear(parseReport(seedText()!)).text;
    const doc = parseReport(draft);
    assert.equal(doc.reports.length, 2);
    assert.deepEqual(doc.reports.map((r) => r.sessionYear), [2022, 2022]);
    assert.deepEqual(doc.reports.map((r) => r.children.map((p) => `${p.role}:${p.year}`)), [['review:2021', 'plan:2022'], ['review:2021', 'plan:2022']]);
    assert.deepEqual(doc.reports[1].children[0].children.map((s) => s.heading.slice(0, 6)), ['紧跟时代主题', '抓牢“十四五', '建强政协履职', '着力政协自身']);
    assert.ok(draft.includes('各位委员,全面建设社会主义现代化国家的新征程已经开启'), 'the closing is kept');
  });
});
