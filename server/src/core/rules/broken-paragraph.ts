import type { Rule, RuleContext } from '../lint/types';
import type { OutlineNode, Paragraphs, Report } from '../parse/model';
import { CLOSING_MARKS, CLOSING_WRAPPERS, codeSet, isHan } from '../text/lines';
import { backChars } from '../text/position';
import { msg } from '../l10n/message';

/**
 * A paragraph cut in the middle of a sentence, as a paste from Word or PDF leaves it: it ends without a
 * closing mark (GB/T 15834-2011 4.1-4.3: 句末用句号、问号、叹号) and the next paragraph carries the
 * sentence on. Headings, titles, the header, salutations and web noise are never read as such.
 */
export const brokenParagraph: Rule = {
  id: 'broken-paragraph',
  defaultLevel: 'warning',
  category: 'structure',
  fix: 'all',
  description: msg("A paragraph cut in the middle of a sentence"),
  check(ctx) {
    const { paragraphs, text } = ctx.doc;
    const runIn = new RunInSiblings();
    for (let p = 0; p + 1 < paragraphs.length; p++) {
      const q = p + 1;
      if (!endsMidSentence(paragraphs, p) || !continues(paragraphs, q) || rootOf(paragraphs.nodeOf(p)) !== rootOf(paragraphs.nodeOf(q))) continue;
      const kind = paragraphs.kind(p);
      if (!(kind === 'body' || kind === 'shortcomings' || isBrokenItemHeading(paragraphs, p, runIn))) continue;
      const end = paragraphs.end(p);
      const tail = paragraphs.text(p).slice(-8);
      ctx.report({
        start: backChars(text, end, 4, paragraphs.start(p)),
        end,
        message: msg("Paragraph cut mid-sentence: “…{0}” has no closing mark and the next paragraph carries the sentence on", tail),
        fixes: [{ title: msg("Join with the next paragraph"), edits: [{ start: end, end: paragraphs.start(q), newText: '' }], all: isSentenceFragment(paragraphs.text(p)) }],
      });
    }
    for (const report of ctx.doc.reports) reportUnfinishedEnd(ctx, report);
  },
};

/**
 * The last paragraph of a report's text (before its appendices) has nothing after it to carry the sentence on:
 * when it ends in a word (……伟业不懈奋斗), its closing mark was left off. Which mark is the author's to say
 * (a closing exhortation ends with ！, a statement with 。), so the fixes are quick fixes, not fix-all. A last
 * paragraph ending in ，or 、 lost more than a mark and is left alone, as is one ending in a closing bracket.
 */
function reportUnfinishedEnd(ctx: RuleContext, report: Report): void {
  const { paragraphs, text, lines } = ctx.doc;
  const endLine = report.appendices.length > 0 ? report.appendices[0].line : lines.lineAt(report.range.end) + 1;
  const p = lastParagraphBefore(paragraphs, endLine);
  if (p < 0 || paragraphs.start(p) < report.range.start || !endsInWord(paragraphs.text(p))) return;
  // A closing that opens with its salutation (各位代表！让我们……) is read as one; a bare 各位代表 is not a sentence.
  const kind = paragraphs.kind(p);
  if (kind !== 'body' && kind !== 'shortcomings' && !(kind === 'salutation' && paragraphs.text(p).length > 8)) return;
  const end = paragraphs.end(p);
  const marks = report.closing.includes(p) ? ['！', '。'] : ['。', '！'];
  ctx.report({
    start: backChars(text, end, 4, paragraphs.start(p)),
    end,
    message: msg("The report's last paragraph ends without a closing mark: “…{0}”", paragraphs.text(p).slice(-8)),
    fixes: marks.map((mark) => ({ title: msg("End with “{0}”", mark), edits: [{ start: end, end, newText: mark }], all: false })),
  });
}

/** The last paragraph on a line before `line`, or -1 (paragraphs are in document order). */
function lastParagraphBefore(paragraphs: Paragraphs, line: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs.line(mid) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a paragraph's last character is a Han character, a letter or a digit. */
function endsInWord(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff) return s.length >= 2 && isHan(s.slice(-2));
  return isHan(s[s.length - 1]) || /[A-Za-z0-9]/.test(s[s.length - 1] ?? '');
}

/**
 * Whether fix-all may join a paragraph to the next: only when it is certainly part of a sentence, with a clause
 * mark inside it (……，推动市、区 / ……，不断完善预算). A line with none (加强监督工作) may be a heading without a
 * number over its body: reported all the same, but joined only when the author asks, in the lightbulb.
 */
function isSentenceFragment(s: string): boolean {
  return CLAUSE_MARKS.test(s);
}

const CLAUSE_MARKS = /[，、；：。！？,;:!?]/;

/** Characters a complete paragraph may end with: closing marks, closing wrappers, a dash, an HTML tag's end. */
const ENDINGS = codeSet(`${CLOSING_MARKS}${CLOSING_WRAPPERS}—>`);

function endsMidSentence(paragraphs: Paragraphs, p: number): boolean {
  const text = paragraphs.text(p);
  return text.length > 0 && !ENDINGS.has(text.charCodeAt(text.length - 1));
}

function continues(paragraphs: Paragraphs, q: number): boolean {
  const kind = paragraphs.kind(q);
  return (kind === 'body' || kind === 'shortcomings') && paragraphs.headingOf(q) === undefined;
}

/**
 * (一)全过程参与,推动市、区 reads as a stand-alone heading, but when its siblings are run-in headings
 * (lead sentence + body on one line) the line is a run-in item cut short.
 */
function isBrokenItemHeading(paragraphs: Paragraphs, p: number, runIn: RunInSiblings): boolean {
  const n = paragraphs.headingOf(p);
  if (paragraphs.kind(p) !== 'heading' || !n || !n.marker || n.type !== 'section' || n.markdown || !n.parent) return false;
  return runIn.mostOf(n);
}

/**
 * Whether most of a node's numbered siblings at its level (itself left out) are run-in headings. Counted
 * without lists, and kept for the last parent and level asked: the headings of one parent come one after
 * another, so a parent of a thousand items is counted once per item kind, not once per item.
 */
class RunInSiblings {
  private parent: OutlineNode | undefined;
  private level = 0;
  /** Numbered children of `parent` at `level`, and how many of them are run-in. */
  private all = 0;
  private runIn = 0;

  mostOf(n: OutlineNode): boolean {
    const level = n.marker!.level;
    if (n.parent !== this.parent || level !== this.level) {
      this.parent = n.parent;
      this.level = level;
      this.all = 0;
      this.runIn = 0;
      for (const c of n.parent!.children) {
        if (!c.marker || c.marker.level !== level) continue;
        this.all++;
        if (c.runIn) this.runIn++;
      }
    }
    const siblings = this.all - 1;
    const runIn = this.runIn - (n.runIn ? 1 : 0);
    return runIn > 0 && runIn > siblings - runIn;
  }
}

function rootOf(n: OutlineNode | undefined): OutlineNode | undefined {
  while (n && n.parent) n = n.parent;
  return n;
}
