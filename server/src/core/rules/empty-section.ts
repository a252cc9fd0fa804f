import type { Rule } from './types';
import { nodesWithContent, walk } from '../parse/tree';

/**
 * A stand-alone heading with nothing under it is usually a section whose body was deleted or not yet
 * written. Abstracts (摘要) publish headings alone on purpose, so they are left alone.
 */
export const emptySection: Rule = {
  id: 'empty-section',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: { zh: '标题之下、下一个标题之前没有内容', en: 'A stand-alone heading with no content before the next heading' },
  check(ctx) {
    const text = ctx.doc.text;
    const filled = nodesWithContent(ctx.doc);
    for (const report of ctx.doc.reports) {
      if (report.abstract) continue;
      for (const n of walk(report.children)) {
        if (n.type === 'appendix' || n.runIn || n.inline) continue;
        if (n.children.length > 0 || filled.has(n)) continue;
        const label = n.marker ? text.slice(n.marker.start, n.marker.end) : '';
        ctx.report({
          start: n.range.start,
          end: n.headingRange.end,
          message: { zh: `“${label}${n.heading.slice(0, 20)}”只有标题，没有内容`, en: `“${label}${n.heading.slice(0, 20)}” has a heading but no content` },
        });
      }
    }
  },
};
