import type { Rule, Fix, RuleContext } from '../lint/types';
import type { Report } from '../parse/model';
import { markIndex } from '../analysis/markIndex';
import { codeSet, isAsciiDigit } from '../text/lines';
import { msg, type Message } from '../l10n/message';

const isWideDigit = (c: number) => c >= 0xff10 && c <= 0xff19;
/** The Chinese numerals of a year other than its zero. */
const CN_DIGITS = codeSet('一二三四五六七八九');
/**
 * What is typed for the zero of a Chinese year: 〇 (right), 零 (GB/T 15835-2011 4.1.2 writes 〇 in years), and
 * look-alikes from other keyboards and fonts: ○ (U+25CB), Latin O/o, full-width Ｏ and ０, an ASCII 0.
 */
const ZEROS = codeSet('〇零○OoＯ０0');
const RIGHT_ZERO = 0x3007; // 〇

/**
 * The four characters before 年 as a year in Chinese numerals with a zero written wrong (二零二二, 二○二六,
 * 二O二六), or undefined: exactly four of them, at least one a numeral and one a zero that is not 〇.
 */
function wrongChineseYear(text: string, nian: number): string | undefined {
  if (nian < 4) return undefined;
  const before = text.charCodeAt(nian - 5);
  if (CN_DIGITS.has(before) || ZEROS.has(before)) return undefined;
  let numeral = false;
  let wrong = false;
  for (let i = nian - 4; i < nian; i++) {
    const c = text.charCodeAt(i);
    if (CN_DIGITS.has(c)) numeral = true;
    else if (!ZEROS.has(c)) return undefined;
    else if (c !== RIGHT_ZERO) wrong = true;
  }
  return numeral && wrong ? text.slice(nian - 4, nian) : undefined;
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
    const yearAt = sessionYears(ctx);
    for (const nian of markIndex(ctx.doc).years) {
      // Most are 一年 五年 十年: the four characters before are looked at before anything is sliced.
      const written = wrongChineseYear(text, nian);
      if (written !== undefined) {
        const fixed = Array.from(written, (ch) => (ZEROS.has(ch.charCodeAt(0)) ? '〇' : ch)).join('');
        report(nian - 4, nian, msg("Write the zero in a year as 〇: “{0}年”", fixed), {
          title: msg("Change to “{0}年”", fixed), edits: [{ start: nian - 4, end: nian, newText: fixed }], all: true,
        });
        continue;
      }
      if (!isAsciiDigit(text.charCodeAt(nian - 1))) continue;
      let start = nian;
      while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
      const year = text.slice(start, nian);
      if ((year.length !== 2 && year.length !== 4) || isWideDigit(text.charCodeAt(start - 1)) || text[start - 1] === '.') continue;
      // Only a date (年 then a month in digits) can be misformatted; most years head a phrase (2024年工作).
      const rest = isAsciiDigit(text.charCodeAt(nian + 1)) ? /^(\d{1,2})月(?:(\d{1,2})日)?/.exec(text.slice(nian + 1, nian + 7)) : null;
      if (year.length === 2) {
        // 25年 alone is mostly a count of years (改革开放40年, 连续25年); it is a year only where it stands for
        // one the report speaks of (2025 in a 2026 report) and reads as one (25年，…… / 在25年底).
        const full = 2000 + Number(year);
        const y = yearAt(nian);
        const near = y !== undefined && full >= y - 2 && full <= y + 1;
        if (!rest && !(near && readsAsYear(text, start, nian))) continue;
        const end = rest ? nian + 1 + rest[0].length : nian + 1;
        report(start, end, msg("Write the year in full, not “{0}年”", year), near ? {
          title: msg("Change to “{0}年”", String(full)), edits: [{ start, end: nian, newText: String(full) }], all: false,
        } : undefined);
        continue;
      }
      if (!rest) continue;
      const end = nian + 1 + rest[0].length;
      const [, month, day] = rest;
      if (!/^0\d/.test(month) && !(day && /^0\d/.test(day))) continue;
      if (Number(month) < 1 || Number(month) > 12) continue;
      const fixed = `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
      report(start, end, msg("No leading zeros in dates: “{0}”", fixed), {
        title: msg("Change to “{0}”", fixed), edits: [{ start, end, newText: fixed }], all: true,
      });
    }
  },
};

/** What may stand before a two-digit year: the start of a line, a mark, a space, or a preposition of time. */
const BEFORE_YEAR = codeSet('\n\r 　，。；：、（“《,;:(在于至到从自和与及截');
/** What follows 年 when it counts years rather than names one: 25年来, 25年间, 25年前, 25年的发展. */
const AFTER_COUNT = codeSet('来以间内多前后左里期中半代的余');

function readsAsYear(text: string, start: number, nian: number): boolean {
  return (start === 0 || BEFORE_YEAR.has(text.charCodeAt(start - 1))) && !AFTER_COUNT.has(text.charCodeAt(nian + 1));
}

/** The session year of the report holding an offset, for offsets asked in document order. */
function sessionYears(ctx: RuleContext): (offset: number) => number | undefined {
  const reports = ctx.doc.reports;
  let k = 0;
  return (offset) => {
    while (k + 1 < reports.length && reports[k + 1].range.start <= offset) k++;
    const r: Report | undefined = reports[k];
    return r ? ctx.sessionYear(r) : undefined;
  };
}
