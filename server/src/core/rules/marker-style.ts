import type { Rule } from './types';
import { majorityBrackets, majorityDot } from './markerForms';

const LEVEL_NAMES = ['', '一', '二', '三', '四', '五'];

/** One level keeps one written form throughout a document (GB/T 9704-2012 §7.3.3 层次序数格式统一). */
export const markerStyle: Rule = {
  id: 'marker-style',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: { zh: '同一层级的序号在全文中写法应一致', en: 'One level is written in one form throughout the document' },
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
          message: { zh: `本文第${LEVEL_NAMES[m.level]}层序号多写作“${want}”，此处为“${found}”`, en: `Level ${m.level} is mostly written “${want}” in this document; found “${found}”` },
          fixes: [{
            title: { zh: `统一为“${want}”`, en: `Use “${want}”` },
            edits: [{ start: m.start, end: m.start + 1, newText: open }, { start: m.markStart - 1, end: m.markStart, newText: close }],
            all: true,
          }],
        });
      } else if (m.level === 3 && m.brackets === 'none' && (m.mark === '.' || m.mark === '．') && m.mark !== dot) {
        ctx.report({
          start: m.start,
          end: m.end,
          message: { zh: `本文第三层序号多用“${m.numeral}${dot}”，此处为“${m.numeral}${m.mark}”`, en: `Level 3 mostly uses “${m.numeral}${dot}” in this document; found “${m.numeral}${m.mark}”` },
          fixes: [{ title: { zh: `统一为“${dot}”`, en: `Use “${dot}”` }, edits: [{ start: m.markStart, end: m.end, newText: dot }], all: true }],
        });
      }
    }
  },
};
