import type { ReportDocument } from '../parse/model';
import { walk } from '../parse/tree';

export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
}

/** One region per node that spans more than its heading line: reports, parts, sections, items, appendices. */
export function foldingRegions(doc: ReportDocument): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  for (const n of walk(doc.reports)) {
    const startLine = doc.lines.lineAt(n.range.start);
    const endLine = doc.lines.lineAt(n.range.end);
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
