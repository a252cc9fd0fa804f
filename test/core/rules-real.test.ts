import { strict as assert } from 'assert';
import { sharedTexts, seedText, requireShared } from '../helpers/fixture';
import { check, structural } from '../helpers/check';
import { zh } from '../helpers/l10n';
import type { Finding } from '../../server/src/core/lint/types';

const corpus = () => sharedTexts('corpus');
const byName = (prefix: string) => corpus().find((c) => c.name.startsWith(prefix))!.text;
const lineOf = (text: string, f: Finding) => text.slice(0, f.start).split('\n').length;
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

/** The findings a mutation adds: those of the mutated text not present (by rule and line text) before. */
function added(before: string, after: string): Finding[] {
  const key = (text: string, f: Finding) => `${f.ruleId}|${text.split('\n')[lineOf(text, f) - 1]}`;
  const old = new Set(check(before).map((f) => key(before, f)));
  return check(after).filter((f) => !old.has(key(after, f)));
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `mutation ${String(from)} applies`);
  return out;
}

describe('real texts: what the rules report', function () {
  before(function () { requireShared(this); });

  it('the seed shows its six broken paragraphs and no other structural error or warning', () => {
    const text = seedText()!;
    const found = structural(check(text));
    assert.deepEqual(ids(found), Array(6).fill('broken-paragraph'));
    const ends = found.map((f) => text.slice(f.start, f.end + 1).trim());
    const lines = found.map((f) => text.split('\n')[lineOf(text, f) - 1]);
    for (const tail of ['推动市、区', '不断完善预算', '推动基层立法联系', '强化', '以习近平新时代中国特色社会主义思想', '对标']) {
      assert.ok(lines.some((l) => l.endsWith(tail)), `a broken paragraph ends with ${tail}; got ${ends.join(' | ')}`);
    }
  });

  it('the seed, normalised to half-width by its pipeline, shows punctuation-width at information level', () => {
    const found = check(seedText()!).filter((f) => f.ruleId === 'punctuation-width');
    assert.ok(found.length > 100);
    assert.ok(found.every((f) => f.severity === 'information'));
  });

  for (const { name, text } of sharedTexts('corpus')) {
    it(`${name}: no structural error or warning`, () => {
      assert.deepEqual(structural(check(text)).map((f) => `${lineOf(text, f)} ${f.ruleId} ${zh(f.message)}`), []);
    });
  }

  it('11 Beijing: the half-width ; inside Chinese text is found (a real defect)', () => {
    const text = byName('11');
    const found = check(text).filter((f) => f.ruleId === 'punctuation-width');
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start - 4, found[0].end + 4), '新增长点;推动传统');
  });

  it('01 national: the 、 of its mixed list and fixed formulas is left alone (GB/T 15834 4.5.3.5)', () => {
    assert.equal(check(byName('01')).filter((f) => f.ruleId === 'enumeration-comma').length, 0);
  });
});

describe('real texts with one error planted: each rule finds it', function () {
  before(function () { requireShared(this); });
  const cases: { rule: string; file: string; mutate: (t: string) => string }[] = [
    { rule: 'numbering-sequence', file: '11', mutate: (t) => replaceOnce(t, /\n（三）[^\n]*\n/, '\n') },
    { rule: 'numbering-start', file: '09', mutate: (t) => replaceOnce(t, '（一）聚焦扩大内需', '（二）聚焦扩大内需') },
    { rule: 'marker-punctuation', file: '01', mutate: (t) => replaceOnce(t, '（三）深入实施', '（三）、深入实施') },
    { rule: 'marker-bracket', file: '04', mutate: (t) => replaceOnce(t, '（二）充分挖掘', '(二）充分挖掘') },
    { rule: 'marker-style', file: '07', mutate: (t) => replaceOnce(t, '（四）锚定', '(四)锚定') },
    { rule: 'level-order', file: '09', mutate: (t) => replaceOnce(t, /(三、2026年重点工作\n)/, '$11.先行部署。做好开局工作。\n') },
    { rule: 'level-skip', file: '09', mutate: (t) => replaceOnce(t, /(三、2026年重点工作\n)/, '$11.先行部署。做好开局工作。\n') },
    { rule: 'lone-item', file: '01', mutate: (t) => replaceOnce(t, /(\n\s*（一）[^\n]*\n)/, '$11.唯一一项。具体内容。\n') },
    { rule: 'empty-section', file: '11', mutate: (t) => replaceOnce(t, /(\n（二）[^\n]*)\n[^\n]*\n[^\n]*\n[^\n]*\n/, '$1\n') },
    { rule: 'heading-punctuation', file: '04', mutate: (t) => replaceOnce(t, '推动经济稳定增长\n', '推动经济稳定增长：\n') },
    { rule: 'year-mismatch', file: '01', mutate: (t) => replaceOnce(t, '一、2024年工作回顾', '一、2023年工作回顾') },
    { rule: 'broken-paragraph', file: '06', mutate: (t) => replaceOnce(t, /(五年来，我们[^，。\n]{4})/, '$1\n') },
    { rule: 'paired-marks', file: '07', mutate: (t) => replaceOnce(t, '”', '') },
    { rule: 'doubled-punctuation', file: '09', mutate: (t) => replaceOnce(t, '，', '，，') },
    { rule: 'date-format', file: '04', mutate: (t) => replaceOnce(t, '2026年1月26日', '2026年01月26日') },
    { rule: 'punctuation-width', file: '07', mutate: (t) => replaceOnce(t, '，', ',') },
  ];
  for (const c of cases) {
    it(`${c.rule} on ${c.file}`, () => {
      const text = byName(c.file);
      const found = added(text, c.mutate(text));
      assert.ok(ids(found).includes(c.rule), `expected ${c.rule}, got ${ids(found).join(', ') || 'nothing'}`);
    });
  }

  it('required-part on the seed: the CPPCC report loses its plan heading', () => {
    const text = seedText()!;
    const at = text.lastIndexOf('## 2021年工作设想');
    const mutated = text.slice(0, at) + text.slice(at + '## 2021年工作设想'.length);
    assert.ok(ids(added(text, mutated)).includes('required-part'));
  });
  it('part-order on the seed: plan and review headings swapped', () => {
    const text = seedText()!;
    const mutated = text.replace('## 2020年工作总结', '## @@').replace(/## 2021年工作设想(?![\s\S]*## 2021年工作设想)/, '## 2020年工作总结').replace('## @@', '## 2021年工作设想');
    assert.ok(ids(added(text, mutated)).includes('part-order'));
  });
  it('year-mismatch on the seed copied for next year: date line moved on, parts left behind', () => {
    const text = seedText()!;
    const mutated = text.replace('2021年1月13日', '2022年1月13日');
    const found = added(text, mutated).filter((f) => f.ruleId === 'year-mismatch');
    assert.equal(found.length, 2, 'the date line and the plan heading of the first report disagree');
  });
  it('enumeration-comma: a pure list planted in 01 is hinted', () => {
    const text = replaceOnce(byName('01'), '各位代表！', '各位代表！落实“两重”、“两新”。');
    assert.equal(added(byName('01'), text).filter((f) => f.ruleId === 'enumeration-comma').length, 1);
  });
});
