import type { Rule } from '../lint/types';
import { codeSet } from '../text/lines';
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
  },
};

/** What a numbered line that is not run-in may not end with (one ending in 。 is read as run-in). */
const CLAUSE_MARK = codeSet('，；：,;:');
/** What markdown headings, part headings and titles may not end with. */
const ANY_MARK = codeSet('。，；：,;:');
