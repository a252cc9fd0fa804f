import type { OutlineNode, ReportDocument } from '../parse/model';
import { symbolName } from './outline';
import { WordCounter } from './wordCount';

export interface HoverInfo {
  readonly start: number;
  readonly end: number;
  /** The node's path in the tree, report first. */
  readonly path: string[];
  readonly words: number;
}

/** On a heading (marker or heading text): where the node sits in the tree and its 字数. */
export function hoverAt(doc: ReportDocument, offset: number, counter = new WordCounter(doc.text, doc.lines)): HoverInfo | undefined {
  const chain: OutlineNode[] = [];
  let level: readonly OutlineNode[] = doc.reports;
  let target: OutlineNode | undefined;
  for (;;) {
    const hit = level.find((n) => n.range.start <= offset && offset <= n.range.end);
    if (!hit) break;
    chain.push(hit);
    const headStart = hit.marker ? hit.marker.start : hit.headingRange.start;
    if (headStart <= offset && offset <= hit.headingRange.end) target = hit;
    level = hit.children;
  }
  if (!target) return undefined;
  const upTo = chain.slice(0, chain.indexOf(target) + 1);
  return {
    start: target.marker ? target.marker.start : target.headingRange.start,
    end: target.headingRange.end,
    path: upTo.map((n) => symbolName(n, doc.text)),
    words: counter.count(target.range.start, target.range.end),
  };
}
