import type { ReportDocument, Span } from '../parse/model';

/** The runs of text typography rules read: every paragraph, and each report's title and date line. */
export function textBlocks(doc: ReportDocument): Span[] {
  const blocks: Span[] = [];
  for (const r of doc.reports) {
    if (r.title) blocks.push(r.headingRange);
    if (r.dateLine) blocks.push(r.dateLine);
  }
  for (const p of doc.paragraphs) blocks.push(p);
  return blocks;
}

/** Offsets of the brackets and marks that belong to section markers, which marker rules own. */
export function markerOffsets(doc: ReportDocument): Set<number> {
  const set = new Set<number>();
  for (const n of doc.numbered) {
    const m = n.marker!;
    for (let i = m.start; i < m.end; i++) set.add(i);
  }
  return set;
}
