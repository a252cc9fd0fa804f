import type { Rule } from '../lint/types';
import { nodesWithContent, walk } from '../parse/tree';
import { msg } from '../l10n/message';
import { isPlaceholder } from '../parse/placeholder';

/**
 * A stand-alone heading with nothing under it is usually a section whose body was deleted or not yet
 * written. Abstracts (摘要) publish headings alone on purpose, so they are left alone.
 */
export const emptySection: Rule = {
  id: 'empty-section',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'none',
  description: msg("A stand-alone heading with no content before the next heading"),
  check(ctx) {
    const text = ctx.doc.text;
    const filled = nodesWithContent(ctx.doc);
    for (const report of ctx.doc.reports) {
      if (report.abstract) continue;
      for (const n of walk(report.children)) {
        if (n.type === 'appendix' || n.runIn || n.inline) continue;
        // A heading that is only a placeholder (（一）【待补充：第一项任务】) is the body still to come: `placeholder` lists it.
        if (n.children.length > 0 || filled.has(n) || isPlaceholder(n.heading)) continue;
        const label = n.marker ? text.slice(n.marker.start, n.marker.end) : '';
        ctx.report({
          start: n.range.start,
          end: n.headingRange.end,
          message: msg("“{0}{1}” has a heading but no content", label, n.heading.slice(0, 20)),
        });
      }
    }
  },
};
