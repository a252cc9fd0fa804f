import type { Rule } from '../lint/types';
import { majorityBrackets, majorityDot } from '../analysis/markerForms';
import { msg } from '../l10n/message';

const LEVEL_NAMES = ['', '一', '二', '三', '四', '五'];

/** One level keeps one written form throughout a document (GB/T 9704-2012 §7.3.3 层次序数格式统一). */
export const markerStyle: Rule = {
  id: 'marker-style',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: msg("One level is written in one form throughout the document"),
  check(ctx) {
    const text = ctx.doc.text;
    const brackets = majorityBrackets(ctx.doc);
    const dot = majorityDot(ctx.doc);
    for (const n of ctx.doc.numbered) {
      const m = n.marker!;
      if ((m.level === 2 || m.level === 4) && (m.brackets === 'full' || m.brackets === 'half') && m.brackets !== brackets[m.level]) {
        const [open, close] = brackets[m.level] === 'full' ? ['（', '）'] : ['(', ')'];
        const found = text.slice(m.start, m.markStart);
        const want = open + m.numeral + close;
        ctx.report({
          start: m.start,
          end: m.markStart,
          message: msg("Level {0} is mostly written “{1}” in this document; found “{2}”", LEVEL_NAMES[m.level], want, found),
          fixes: [{
            title: msg("Use “{0}”", want),
            edits: [{ start: m.start, end: m.start + 1, newText: open }, { start: m.markStart - 1, end: m.markStart, newText: close }],
            all: true,
          }],
        });
      } else if (m.level === 3 && m.brackets === 'none' && (m.mark === '.' || m.mark === '．') && m.mark !== dot) {
        ctx.report({
          start: m.start,
          end: m.end,
          message: msg("Level 3 mostly uses “{0}{1}” in this document; found “{0}{2}”", m.numeral, dot, m.mark),
          fixes: [{ title: msg("Use “{0}”", dot), edits: [{ start: m.markStart, end: m.end, newText: dot }], all: true }],
        });
      }
    }
  },
};
