import type { Rule } from '../lint/types';
import { markerWithValue, renumberRun } from '../parse/renumber';
import { siblingGroups } from '../parse/tree';
import { msg } from '../l10n/message';

/** Numbering restarts at 一 / （一） / 1 / （1） under each new parent, part and appendix (GB/T 9704-2012 §7.3.3). */
export const numberingStart: Rule = {
  id: 'numbering-start',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: msg("Numbering restarts at one under each new parent or part"),
  check(ctx) {
    const text = ctx.doc.text;
    for (const { runs } of siblingGroups(ctx.doc)) {
      for (const run of runs) {
        const m = run[0].marker!;
        if (m.value === 1) continue;
        const expected = markerWithValue(m, 1);
        const found = text.slice(m.start, m.end);
        const edits = renumberRun(run, 1);
        ctx.report({
          start: m.start,
          end: m.end,
          message: msg("The first number of this level should be “{0}”, found “{1}”", expected, found),
          fixes: edits.length ? [{ title: msg("Renumber from “{0}”", expected), edits, all: true }] : [],
        });
      }
    }
  },
};
