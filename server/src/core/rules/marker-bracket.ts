import type { Rule } from './types';
import { numeralFor } from '../parse/marker';
import { numberToChinese } from '../text/numerals';
import { majorityBrackets } from './markerForms';

/**
 * Brackets in a marker are one pair of one width (GB/T 15834-2011 4.9: 括号成对使用), and the marker is
 * typed, not a composed glyph: ㈠ ⑴ ⒈ look alike but do not search, sort or renumber as text does.
 */
export const markerBracket: Rule = {
  id: 'marker-bracket',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'all',
  description: { zh: '序号括号应成对且全半角一致，不用㈠⑴⒈等合字', en: 'Marker brackets balanced and of one width; no composed glyphs such as ㈠ ⑴ ⒈' },
  check(ctx) {
    const text = ctx.doc.text;
    const majority = majorityBrackets(ctx.doc);
    for (const n of ctx.doc.numbered) {
      const m = n.marker!;
      if (m.brackets !== 'mixed' && m.brackets !== 'glyph') continue;
      const found = text.slice(m.start, m.markStart);
      const numeral = numeralFor(m.level, m.value, numberToChinese);
      let want: string;
      if (m.level === 3) want = `${numeral}.`;
      else if (m.level === 5) want = numeral;
      else want = majority[m.level] === 'half' ? `(${numeral})` : `（${numeral}）`;
      ctx.report({
        start: m.start,
        end: m.markStart,
        message: m.brackets === 'glyph'
          ? { zh: `“${found}”是合字符号，应写作“${want}”`, en: `“${found}” is a composed glyph; write “${want}”` }
          : { zh: `序号括号不成对：“${found}”应为“${want}”`, en: `Mixed-width brackets: “${found}” should be “${want}”` },
        fixes: [{ title: { zh: `改为“${want}”`, en: `Replace with “${want}”` }, edits: [{ start: m.start, end: m.level === 3 && m.brackets === 'glyph' && m.mark ? m.end : m.markStart, newText: want }], all: true }],
      });
    }
  },
};
