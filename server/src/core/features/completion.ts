import type { OutlineNode, Report, ReportDocument } from '../parse/model';
import { numeralFor, type MarkerLevel } from '../parse/marker';
import { numberToChinese } from '../text/numerals';
import { majorityBrackets, majorityDot } from '../analysis/markerForms';
import { msg, type Message } from '../l10n/message';

export interface CompletionCandidate {
  readonly label: string;
  readonly insertText: string;
  readonly detail: Message;
  readonly kind: 'marker' | 'part';
  /** Replace [replaceStart, cursor): what the author typed of the marker so far. */
  readonly replaceStart: number;
  readonly sortText: string;
}

/** What may stand before the cursor on a line for a marker to be offered: nothing, or the start of one. */
const PARTIAL_MARKER = /^(#{1,6}[ \t]+)?[（(]?[一二三四五六七八九十\d]*$/;

/**
 * At the start of a line, the markers that fit the cursor's place in the tree: the next sibling of each
 * enclosing numbered node (deepest first) and the first child of the deepest, in the document's own
 * written form; and the part heading that comes next, with the right year.
 */
export function completeAt(doc: ReportDocument, offset: number, sessionYearOverride?: number): CompletionCandidate[] {
  const lineStart = doc.lines.start(doc.lines.lineAt(offset));
  const before = doc.text.slice(lineStart, offset);
  const indent = /^[\s\u3000]*/.exec(before)![0].length;
  const typed = before.slice(indent);
  if (!PARTIAL_MARKER.test(typed)) return [];
  const hashes = /^#{1,6}[ \t]+/.exec(typed)?.[0].length ?? 0;
  const replaceStart = lineStart + indent + hashes;
  const path = pathBefore(doc, lineStart);
  const report = path[0] as Report | undefined;
  const out: CompletionCandidate[] = [];
  const seen = new Set<string>();
  const add = (label: string, detail: CompletionCandidate['detail'], kind: CompletionCandidate['kind']) => {
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, insertText: label, detail, kind, replaceStart, sortText: String(out.length).padStart(3, '0') });
  };
  const brackets = majorityBrackets(doc);
  const dot = majorityDot(doc);
  const fresh = (level: MarkerLevel, value: number) => {
    const numeral = numeralFor(level, value, numberToChinese);
    switch (level) {
      case 1: return `${numeral}、`;
      case 2: return brackets[2] === 'half' ? `(${numeral})` : `（${numeral}）`;
      case 3: return `${numeral}${dot}`;
      case 4: return brackets[4] === 'half' ? `(${numeral})` : `（${numeral}）`;
      default: return numeral;
    }
  };
  const numbered = path.filter((n) => n.marker);
  const deepest = path[path.length - 1];
  for (let i = numbered.length - 1; i >= 0; i--) {
    const n = numbered[i];
    const m = n.marker!;
    // Offer the document's own (majority) form, not a copy of the sibling's, which may be the typo.
    add(fresh(m.level, m.value + 1), msg("Next sibling after “{0}”", doc.text.slice(m.start, m.end)), 'marker');
    if (i === numbered.length - 1 && m.level < 5) {
      // A numbered part that holds 一、 sections (level 0) takes 一、 beneath it, not （一）.
      const childLevel = (n.level === 0 ? 1 : m.level + 1) as MarkerLevel;
      const existing = n.children.filter((c) => c.marker?.level === childLevel);
      const value = existing.length ? existing[existing.length - 1].marker!.value + 1 : 1;
      add(fresh(childLevel, value), msg("Child of “{0}”", doc.text.slice(m.start, m.end)), 'marker');
    }
  }
  if (deepest && !deepest.marker && deepest.type !== 'report') {
    const existing = deepest.children.filter((c) => c.marker?.level === 1);
    add(fresh(1, existing.length ? existing[existing.length - 1].marker!.value + 1 : 1), msg("Section of this part"), 'marker');
  }
  if (report && report.type === 'report' && /^\d*$/.test(typed.slice(hashes))) {
    for (const heading of nextPartHeadings(report, sessionYearOverride ?? report.sessionYear)) {
      add(heading, msg("Heading of the next part"), 'part');
    }
  }
  if (out.length === 0 && typed.slice(hashes) === '') add(fresh(1, 1), msg("Level-1 section"), 'marker');
  return out;
}

/** The chain of nodes that the line at lineStart falls into: report, part, section, item… */
function pathBefore(doc: ReportDocument, lineStart: number): OutlineNode[] {
  const path: OutlineNode[] = [];
  let level: readonly OutlineNode[] = doc.reports;
  for (;;) {
    let hit: OutlineNode | undefined;
    for (const n of level) if (n.range.start < lineStart) hit = n;
    // The shortcomings passage holds no sections: a line after it continues its part.
    if (!hit || hit.type === 'passage') break;
    path.push(hit);
    level = hit.children;
  }
  return path;
}

function nextPartHeadings(report: Report, y: number | undefined): string[] {
  const roles = new Set(report.children.map((c) => c.role));
  const year = (n: number | undefined) => (n ? `${n}年` : '');
  const plan = report.kind === 'government' ? '工作安排' : '工作设想';
  if (!roles.has('review')) return [`${year(y && y - 1)}工作回顾`];
  if (!roles.has('plan')) return [`${year(y)}${plan}`];
  return [];
}
