import type { OutlineNode, PartRole, ReportDocument, Span } from '../parse/model';
import { PART_NAMES } from '../config/profiles';
import { msg, translator, type Message, type Translator } from '../l10n/message';
import { WordCounter } from './wordCount';

/** The node's type: `passage` is the shortcomings paragraph, shown as a node of its own. */
export type SymbolRole = 'report' | 'part' | 'appendix' | 'section' | 'passage';

/** A node of the outline as editors show it; converted to an LSP DocumentSymbol at the edge. */
export interface ReportSymbol {
  readonly name: string;
  /** 字数 of the node, e.g. “1234字”, after the role's name when the outline was made with a translator (“工作回顾 · 1234字”). */
  readonly detail: string;
  /** What the part is for (stable id: review, plan, …); undefined for sections and reports. */
  readonly partRole?: PartRole;
  /** The role's name for users (PART_NAMES), to translate at the edge. */
  readonly roleName?: Message;
  readonly words: number;
  readonly role: SymbolRole;
  /** Marker level for sections (1-5). */
  readonly level: number;
  readonly range: Span;
  readonly selectionRange: Span;
  readonly children: ReportSymbol[];
  readonly node: OutlineNode;
}

export const NAME_LIMIT = 40;

/** Marker plus heading, cut at a character boundary so a long item heading stays readable in the Outline view. */
export function symbolName(n: OutlineNode, text: string): string {
  const marker = n.marker ? text.slice(n.marker.start, n.marker.end) : '';
  let heading = n.heading.trim();
  // Only a heading longer than the limit in UTF-16 units can exceed it in characters: the others are not split.
  if (heading.length > NAME_LIMIT) {
    const chars = Array.from(heading);
    if (chars.length > NAME_LIMIT) heading = chars.slice(0, NAME_LIMIT).join('') + '…';
  }
  const name = (marker + heading).trim();
  if (name) return name;
  return n.type === 'report' ? '（无标题报告）' : n.type === 'appendix' ? '附件' : '（无标题）';
}

/** The role's name, if the node has a role worth naming (not `other`). */
export function roleName(n: OutlineNode): Message | undefined {
  return n.role && n.role !== 'other' ? PART_NAMES[n.role] : undefined;
}


/**
 * The Outline shows at most this many symbols. A million headings made the server build, convert and send a
 * million symbols (22-35 s, 2.9 GB) that no one can read; past the cap one last symbol says how many are left out.
 */
export const MAX_OUTLINE_SYMBOLS = 20_000;

/**
 * The outline. With a translator (the editor's Outline view), each detail names the role: “工作回顾 · 1234字”;
 * without, the detail is the 字数 alone and `roleName` is left to the caller to show.
 */
export function documentSymbols(doc: ReportDocument, counter = new WordCounter(doc.text, doc.lines), tr?: Translator, limit = MAX_OUTLINE_SYMBOLS): ReportSymbol[] {
  let left = limit;
  let omitted = 0;
  let firstOmitted: OutlineNode | undefined;
  const symbolsOf = (nodes: readonly OutlineNode[]): ReportSymbol[] => {
    const out: ReportSymbol[] = [];
    for (const n of nodes) {
      if (left-- > 0) out.push(toSymbol(n));
      else {
        firstOmitted ??= n;
        omitted += subtreeSize(n);
      }
    }
    return out;
  };
  const toSymbol = (n: OutlineNode): ReportSymbol => {
    const words = counter.count(n.range.start, n.range.end);
    const start = n.type === 'report' ? n.range.start : n.marker ? n.marker.start : n.headingRange.start;
    const selection = { start, end: Math.max(start, n.headingRange.end) };
    const role = roleName(n);
    return {
      name: symbolName(n, doc.text),
      detail: role && tr ? `${tr(role)} · ${words}字` : `${words}字`,
      partRole: n.role,
      roleName: role,
      words,
      role: n.type,
      level: n.marker?.level ?? 0,
      range: n.range,
      selectionRange: selection.end <= n.range.end && selection.start >= n.range.start ? selection : { start: n.range.start, end: n.range.start },
      children: symbolsOf(n.children),
      node: n,
    };
  };
  const symbols = symbolsOf(doc.reports.filter((r) => r.title || r.children.length));
  if (firstOmitted) symbols.push(omissionNotice(firstOmitted, omitted, doc.text.length, tr ?? translator()));
  return symbols;
}

function subtreeSize(n: OutlineNode): number {
  let size = 1;
  for (const c of n.children) size += subtreeSize(c);
  return size;
}

/** The last symbol of a capped Outline: where the symbols stop, and how many more headings there are. */
function omissionNotice(first: OutlineNode, omitted: number, textLength: number, tr: Translator): ReportSymbol {
  const at = { start: first.range.start, end: first.range.start };
  return {
    name: tr(msg('… ({0} more headings are not listed in the outline)', omitted)), detail: '', words: 0, role: first.type, level: first.marker?.level ?? 0,
    range: { start: first.range.start, end: textLength }, selectionRange: at, children: [], node: first,
  };
}
