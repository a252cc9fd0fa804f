import type { Rule } from '../lint/types';
import { codeSet } from '../text/lines';
import type { OutlineNode, ReportDocument } from '../parse/model';
import { siblingGroups } from '../parse/tree';
import { msg } from '../l10n/message';

/**
 * A stand-alone heading or title ends without a mark (GB/T 15834-2011 4.1.3.1: 标题末尾通常不用句号).
 * Run-in headings end with 。 by design, and a numbered line ending in 。 is read as run-in, so only
 * ，；： are wrong there; markdown headings, part headings and titles take none of 。，；：.
 */
export const headingPunctuation: Rule = {
  id: 'heading-punctuation',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: msg("A stand-alone heading or title ends without 。，；："),
  check(ctx) {
    const text = ctx.doc.text;
    const check = (end: number, marks: ReadonlySet<number>) => {
      if (!marks.has(text.charCodeAt(end - 1))) return;
      const last = text[end - 1];
      ctx.report({
        start: end - 1,
        end,
        message: msg("A stand-alone heading does not end with “{0}”", last),
        fixes: [{ title: msg("Remove the trailing “{0}”", last), edits: [{ start: end - 1, end, newText: '' }], all: true }],
      });
    };
    for (const report of ctx.doc.reports) {
      if (report.title && report.headingRange.end > report.headingRange.start) check(report.headingRange.end, ANY_MARK);
    }
    const paragraphs = ctx.doc.paragraphs;
    for (let p = 0; p < paragraphs.length; p++) {
      const n = paragraphs.headingOf(p);
      if (!n || n.runIn || n.inline || paragraphs.kind(p) !== 'heading') continue;
      check(paragraphs.end(p), n.marker && !n.markdown ? CLAUSE_MARK : ANY_MARK);
    }
    for (const { runs } of siblingGroups(ctx.doc)) {
      for (const run of runs) {
        for (const end of strayFullStops(ctx.doc, run)) {
          const more = ctx.report({
            start: end - 1,
            end,
            message: msg("A stand-alone heading does not end with “。”: its sibling headings stand alone without a mark"),
            fixes: [{ title: msg("Remove the trailing “{0}”", '。'), edits: [{ start: end - 1, end, newText: '' }], all: true }],
          });
          if (!more) return;
        }
      }
    }
  },
};

/**
 * The ends of the headings of a run that are stand-alone headings with a stray 。: a numbered line that stops
 * at its first 。 reads as a run-in heading with no body yet, but where its siblings are stand-alone headings
 * without a mark (三、2026年重点工作。 after 一、2025年工作回顾; （三）深入推进城市治理现代化。 among bare （一）
 * （二）) and it is not much longer than they are, it is one of them with the 。 typed by habit. A run whose headings
 * mostly end so is the document's form and is left alone; so is any run holding a run-in heading with its body
 * on the line, and a line far longer than its siblings, which is a paragraph (the seed's items that lost the 。
 * between heading and body: （一）强化法治思维，推进……充分发挥……提供有力法治保障。).
 */
function strayFullStops(doc: ReportDocument, run: readonly OutlineNode[]): number[] {
  // Most runs are all stand-alone or all run-in with bodies: nothing to measure.
  if (!run.some((n) => n.runIn) || run.every((n) => n.runIn)) return [];
  const paragraphs = doc.paragraphs;
  const text = doc.text;
  const candidates: { end: number; length: number }[] = [];
  let bare = 0;
  let longest = 0;
  for (const n of run) {
    const m = n.marker!;
    if (n.inline) return [];
    const p = paragraphs.at(m.end);
    if (p < 0) return [];
    const end = paragraphs.end(p);
    if (!n.runIn) {
      bare++;
      longest = Math.max(longest, end - m.end);
      continue;
    }
    // Run-in with a body on the line (（二）多角度切入。常委会注重……): the run is written run-in.
    if (text.charCodeAt(end - 1) !== FULL_STOP || sentenceEndBefore(text, m.end, end - 1)) return [];
    candidates.push({ end, length: end - m.end - 1 });
  }
  if (bare === 0 || candidates.length > bare) return [];
  // Headings run to some 50 characters (06's plan items); a line half as long again as its longest sibling and
  // over 40 characters is a paragraph.
  return candidates.filter((c) => c.length <= Math.max(40, longest * 1.5 + 4)).map((c) => c.end);
}

const FULL_STOP = 0x3002;
const EXCLAMATION = 0xff01;
const QUESTION = 0xff1f;

/** Whether a sentence ends in [from, to): a 。！？ there means the line goes on after its lead sentence. */
function sentenceEndBefore(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === FULL_STOP || c === EXCLAMATION || c === QUESTION) return true;
  }
  return false;
}

/** What a numbered line that is not run-in may not end with (one ending in 。 is read as run-in). */
const CLAUSE_MARK = codeSet('，；：,;:');
/** What markdown headings, part headings and titles may not end with. */
const ANY_MARK = codeSet('。，；：,;:');
