import type { Fix, Rule } from '../lint/types';
import type { OutlineNode } from '../parse/model';
import { markerWithValue, renumberRun } from '../parse/renumber';
import { siblingGroups } from '../parse/tree';
import { sequenceBreaks } from '../parse/sequence';
import { msg } from '../l10n/message';

/**
 * Siblings count 一 二 三 … with no gap, repeat or reversal (GB/T 9704-2012 §7.3.3: 结构层次序数依次排列).
 * A gap is what a deleted section leaves behind; the fix renumbers the whole run, keeping its form.
 */
export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'all',
  description: msg("Sibling numbers run on without gaps, repeats or reversals"),
  check(ctx) {
    const text = ctx.doc.text;
    const fromOne = ctx.isEnabled('numbering-start');
    const groups = siblingGroups(ctx.doc);
    for (let g = 0; g < groups.length; g++) {
      const runs = groups[g].runs;
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r];
        // One renumbering fixes the whole run, whichever gap it is offered on: computed once and shared,
        // so a run of 10,000 repeats costs linear time, not 10,000 renumberings. (Not a closure per run: most
        // runs have no gap, and the closure and its context were made for every one.)
        let fix: Fix[] | undefined;
        // A repeated or mistyped number is reported on its own line only: the next sibling, which counts on
        // from the number due (一、一、三), is not flagged again (see parse/sequence.ts).
        for (const { index, expected: due } of sequenceBreaks(run, markerValue)) {
          const prev = run[index - 1].marker!;
          const m = run[index].marker!;
          const before = text.slice(prev.start, prev.end);
          const expected = markerWithValue(m, due);
          const found = text.slice(m.start, m.end);
          const more = ctx.report({
            start: m.start,
            end: m.end,
            message: msg("After “{0}” expected “{1}”, found “{2}”", before, expected, found),
            fixes: (fix ??= renumberFix(run, fromOne)),
          });
          // Past the engine's cap nothing more is kept: a hostile paste of 20,000 numbers stops here.
          if (!more) return;
        }
      }
    }
  },
};

const markerValue = (n: OutlineNode): number => n.marker!.value;

function renumberFix(run: readonly OutlineNode[], fromOne: boolean): Fix[] {
  const edits = renumberRun(run, fromOne ? 1 : run[0].marker!.value);
  return edits.length ? [{ title: msg("Renumber this level"), edits, all: true }] : [];
}
