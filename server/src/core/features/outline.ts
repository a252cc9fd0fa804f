import type { OutlineNode, ReportDocument, Span } from '../parse/model';
import { WordCounter } from './wordCount';

export type SymbolRole = 'report' | 'part' | 'appendix' | 'section';

/** A node of the outline as editors show it; converted to an LSP DocumentSymbol at the edge. */
export interface ReportSymbol {
  readonly name: string;
  /** 字数 of the node, e.g. “1234字”. */
  readonly detail: string;
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

export function documentSymbols(doc: ReportDocument, counter = new WordCounter(doc.text, doc.lines)): ReportSymbol[] {
  const toSymbol = (n: OutlineNode): ReportSymbol => {
    const words = counter.count(n.range.start, n.range.end);
    const start = n.type === 'report' ? n.range.start : n.marker ? n.marker.start : n.headingRange.start;
    const selection = { start, end: Math.max(start, n.headingRange.end) };
    return {
      name: symbolName(n, doc.text),
      detail: `${words}字`,
      words,
      role: n.type,
      level: n.marker?.level ?? 0,
      range: n.range,
      selectionRange: selection.end <= n.range.end && selection.start >= n.range.start ? selection : { start: n.range.start, end: n.range.start },
      children: n.children.map(toSymbol),
      node: n,
    };
  };
  return doc.reports.filter((r) => r.title || r.children.length).map(toSymbol);
}
