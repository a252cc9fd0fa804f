import type { Rule, Fix } from './types';
import { textBlocks } from './textBlocks';

/**
 * Dates in Arabic numerals are written in full and without leading zeros (GB/T 15835-2011 4.2.2:
 * 2021年1月5日, not 2021年01月05日 or 21年1月5日); in Chinese numerals the zero is 〇 (二〇二一年).
 */
export const dateFormat: Rule = {
  id: 'date-format',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'all',
  description: { zh: '日期写法：不加前导零，年份写全四位，“〇”不写作“零”', en: 'Dates without leading zeros, with four-digit years, and 〇 not 零' },
  check(ctx) {
    const text = ctx.doc.text;
    const re = /(?<![\d\uff10-\uff19])(\d{2}|\d{4})年(\d{1,2})月(?:(\d{1,2})日)?|([一二三四五六七八九〇零]{4})年/g;
    for (const b of textBlocks(ctx.doc)) {
      const s = text.slice(b.start, b.end);
      if (!s.includes('年')) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        const start = b.start + m.index;
        if (m[4] !== undefined) {
          if (!m[4].includes('零')) continue;
          const fixed = m[4].replace(/零/g, '〇');
          report(start, start + 4, { zh: `年份中的零应写作“〇”：“${fixed}年”`, en: `Write the zero in a year as 〇: “${fixed}年”` }, {
            title: { zh: `改为“${fixed}年”`, en: `Change to “${fixed}年”` }, edits: [{ start, end: start + 4, newText: fixed }], all: true,
          });
          continue;
        }
        const [, year, month, day] = m;
        if (year.length === 2) {
          report(start, start + m[0].length, { zh: `年份应写全四位，此处为“${year}年”`, en: `Write the year in full, not “${year}年”` });
          continue;
        }
        if (!/^0\d/.test(month) && !(day && /^0\d/.test(day))) continue;
        const fixed = `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
        if (Number(month) < 1 || Number(month) > 12) continue;
        report(start, start + m[0].length, { zh: `日期不加前导零，应为“${fixed}”`, en: `No leading zeros in dates: “${fixed}”` }, {
          title: { zh: `改为“${fixed}”`, en: `Change to “${fixed}”` }, edits: [{ start, end: start + m[0].length, newText: fixed }], all: true,
        });
      }
    }
    function report(start: number, end: number, message: { zh: string; en: string }, fix?: Fix) {
      ctx.report({ start, end, message, fixes: fix ? [fix] : [] });
    }
  },
};
