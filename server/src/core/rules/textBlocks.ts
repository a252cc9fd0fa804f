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
