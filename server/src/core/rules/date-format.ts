import type { Rule, Fix } from '../lint/types';
import { markIndex } from '../analysis/markIndex';
import { codeSet, isAsciiDigit } from '../text/lines';
import { msg, type Message } from '../l10n/message';

const CN_YEAR = '一二三四五六七八九〇零';
const isWideDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
const CN_YEAR_CODES = codeSet(CN_YEAR);
const LING = 0x96f6; // 零

/** Exactly four Chinese year digits before 年, one of them 零: 二零二二年. */
function isChineseYear(text: string, nian: number): boolean {
  if (nian < 4 || CN_YEAR_CODES.has(text.charCodeAt(nian - 5))) return false;
  let zero = false;
  for (let i = nian - 4; i < nian; i++) {
    const c = text.charCodeAt(i);
    if (!CN_YEAR_CODES.has(c)) return false;
    if (c === LING) zero = true;
  }
  return zero;
}

/**
 * Dates in Arabic numerals are written in full and without leading zeros (GB/T 15835-2011 4.2.2:
 * 2021年1月5日, not 2021年01月05日 or 21年1月5日); in Chinese numerals the zero is 〇 (二〇二一年).
 */
export const dateFormat: Rule = {
  id: 'date-format',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'all',
  description: msg("Dates without leading zeros, with four-digit years, and 〇 not 零"),
  check(ctx) {
    const text = ctx.doc.text;
    const report = (start: number, end: number, message: Message, fix?: Fix) => ctx.report({ start, end, message, fixes: fix ? [fix] : [] });
    for (const nian of markIndex(ctx.doc).years) {
      // Chinese numerals: 二零二二年 -> 二〇二二年
      if (!isAsciiDigit(text.charCodeAt(nian - 1))) {
        // Most are 一年 五年 十年: look at the four characters before slicing anything.
        if (!isChineseYear(text, nian)) continue;
        const fixed = text.slice(nian - 4, nian).replace(/零/g, '〇');
        report(nian - 4, nian, msg("Write the zero in a year as 〇: “{0}年”", fixed), {
          title: msg("Change to “{0}年”", fixed), edits: [{ start: nian - 4, end: nian, newText: fixed }], all: true,
        });
        continue;
      }
      // Only a date (年 then a month in digits) can be misformatted; most years head a phrase (2024年工作).
      if (!isAsciiDigit(text.charCodeAt(nian + 1))) continue;
      let start = nian;
      while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
      const year = text.slice(start, nian);
      if ((year.length !== 2 && year.length !== 4) || isWideDigit(text.charCodeAt(start - 1))) continue;
      const rest = /^(\d{1,2})月(?:(\d{1,2})日)?/.exec(text.slice(nian + 1, nian + 7));
      if (!rest) continue;
      const end = nian + 1 + rest[0].length;
      const [, month, day] = rest;
      if (year.length === 2) {
        report(start, end, msg("Write the year in full, not “{0}年”", year));
        continue;
      }
      if (!/^0\d/.test(month) && !(day && /^0\d/.test(day))) continue;
      if (Number(month) < 1 || Number(month) > 12) continue;
      const fixed = `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
      report(start, end, msg("No leading zeros in dates: “{0}”", fixed), {
        title: msg("Change to “{0}”", fixed), edits: [{ start, end, newText: fixed }], all: true,
      });
    }
  },
};
