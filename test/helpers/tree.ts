import { parseReport } from '../../server/src/core/parse/parser';
import type { OutlineNode, ReportDocument } from '../../server/src/core/parse/model';

/** A compact picture of the tree: one line per node, indented, marker + heading (cut at 12 characters). */
export function shape(doc: ReportDocument): string[] {
  const out: string[] = [];
  const visit = (n: OutlineNode, depth: number) => {
    const marker = n.marker ? doc.text.slice(n.marker.start, n.marker.end) : '';
    const role = n.role ? `:${n.role}` : '';
    out.push(`${'  '.repeat(depth)}${n.type}${role} ${marker}${Array.from(n.heading).slice(0, 12).join('')}`);
    for (const c of n.children) visit(c, depth + 1);
  };
  for (const r of doc.reports) visit(r, 0);
  return out;
}

/** A node's own paragraphs, by number: those it owns, less its heading's line (not its children's). */
export function paragraphsOf(doc: ReportDocument, node: OutlineNode): number[] {
  const out: number[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) if (doc.paragraphs.nodeOf(p) === node && doc.paragraphs.headingOf(p) === undefined) out.push(p);
  return out;
}

export function count(doc: ReportDocument, pred: (n: OutlineNode) => boolean): number {
  let k = 0;
  const visit = (n: OutlineNode) => {
    if (pred(n)) k++;
    n.children.forEach(visit);
  };
  doc.reports.forEach(visit);
  return k;
}

export const parse = parseReport;
