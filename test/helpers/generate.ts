import fc from 'fast-check';
import { numberToChinese } from '../../server/src/core/text/numerals';

/** Generators of work-report drafts with the mistakes real drafts have, for property tests. */
const CJK = ['工', '作', '报', '告', '监', '督', '代', '表', '𠮷', '会', '议', '民', '生', '发', '展', '是', '等', '年'];
const PUNCT = ['，', '。', '；', '：', '、', '“', '”', '《', '》', '（', '）', ',', ';', ':', '(', ')', '！', '……', '——'];

export const phrase = fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CJK) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom('2021', '5', '3.5%', 'A', ' ', '\u3000', '😀') },
), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));

const sentence = phrase.map((p) => p.replace(/[。！]*$/, '') + '。');
const body = fc.array(fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: phrase }), { minLength: 0, maxLength: 3 });

const mark1 = fc.constantFrom('、', '、', '、', '.', '，', '：', '．');
const bracket2 = fc.constantFrom(['（', '）'], ['（', '）'], ['(', ')'], ['(', '）'], ['㈠', '']);
const mark2 = fc.constantFrom('', '', '', '、', '，');

function item(value: number, [open, close]: readonly string[], mark: string, text: string): string {
  if (open === '㈠') return String.fromCharCode(0x3220 + Math.min(value, 10) - 1) + mark + text;
  return `${open}${numberToChinese(value)}${close}${mark}${text}`;
}

const section = fc.record({
  value: fc.integer({ min: 1, max: 12 }),
  mark: mark1,
  heading: phrase,
  body,
  items: fc.array(fc.record({ value: fc.integer({ min: 1, max: 12 }), bracket: bracket2, mark: mark2, text: sentence, sub: fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom('.', '、', '．'), sentence), { maxLength: 2 }) }), { maxLength: 4 }),
});

const part = fc.record({ heading: fc.constantFrom('工作回顾', '工作设想', '主要工作回顾', '工作安排'), year: fc.integer({ min: 2019, max: 2026 }), sections: fc.array(section, { maxLength: 4 }) });

export const report = fc.record({
  markdown: fc.boolean(),
  crlf: fc.boolean(),
  year: fc.integer({ min: 2020, max: 2026 }),
  month: fc.constantFrom('1', '01', '3'),
  parts: fc.array(part, { minLength: 0, maxLength: 3 }),
  closing: fc.boolean(),
  blankLines: fc.boolean(),
}).map((r) => {
  const h = (n: number, s: string) => (r.markdown ? `${'#'.repeat(n)} ${s}` : s);
  const out: string[] = [h(1, '示例区人大常委会工作报告'), `——${r.year}年${r.month}月8日在示例区第十八届人民代表大会第五次会议上`, '示例区人大常委会主任 林某'];
  for (const p of r.parts) {
    out.push(h(2, `${p.year}年${p.heading}`));
    for (const s of p.sections) {
      out.push(h(3, `${numberToChinese(s.value)}${s.mark}${s.heading}`), ...s.body);
      for (const it of s.items) {
        out.push(item(it.value, it.bracket, it.mark, it.text));
        for (const [v, m, t] of it.sub) out.push(`${v}${m}${t}`);
      }
    }
  }
  if (r.closing) out.push('各位代表，让我们团结奋斗！');
  return out.join(r.blankLines ? (r.crlf ? '\r\n\r\n' : '\n\n') : (r.crlf ? '\r\n' : '\n'));
});

/** Arbitrary text, noise included: lone surrogates, NULs, control characters, brackets. */
export const noise = fc.array(fc.oneof(
  fc.constantFrom('（', '）', '(', ')', '一、', '（一）', '1.', '①', '㈠', '\r', '\n', '\r\n', '\uD800', '\uDC00', '\u0000', '\ufeff', '“', '”', '。', '#', '## ', '附件1', '各位代表！'),
  fc.string({ maxLength: 5 }),
  phrase,
), { maxLength: 60 }).map((a) => a.join(''));

/** The author's words: every Han character that is not a numeral, and every Latin letter, in order. */
export function words(text: string): string {
  return Array.from(text).filter((c) => /[\p{Script=Han}A-Za-z]/u.test(c) && !'一二三四五六七八九十〇零'.includes(c)).join('');
}
