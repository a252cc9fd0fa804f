import type { Rule } from '../lint/types';
import { numeralFor } from '../parse/marker';
import { numberToChinese } from '../text/numerals';
import { majorityBrackets } from '../analysis/markerForms';
import { msg } from '../l10n/message';

/**
 * Brackets in a marker are one pair of one width (GB/T 15834-2011 4.9: 括号成对使用), and the marker is
 * typed, not a composed glyph: ㈠ ⑴ ⒈ look alike but do not search, sort or renumber as text does.
 */
export const markerBracket: Rule = {
  id: 'marker-bracket',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'all',
  description: msg("Marker brackets balanced and of one width; no composed glyphs such as ㈠ ⑴ ⒈"),
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
          ? msg("“{0}” is a composed glyph; write “{1}”", found, want)
          : msg("Mixed-width brackets: “{0}” should be “{1}”", found, want),
        fixes: [{ title: msg("Replace with “{0}”", want), edits: [{ start: m.start, end: m.level === 3 && m.brackets === 'glyph' && m.mark ? m.end : m.markStart, newText: want }], all: true }],
      });
    }
  },
};
