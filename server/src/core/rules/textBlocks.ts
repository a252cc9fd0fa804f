import type { ReportDocument, Span } from '../parse/model';

/**
 * The runs of text typography rules read, in document order: every paragraph, and each report's title and
 * date line. Paragraphs come in order from the parser; the few header spans are merged in where they stand
 * (sorting thousands of spans through a comparator cost more than merging them).
 */
export function textBlocks(doc: ReportDocument): Span[] {
  const header = inOrder(doc.reports.flatMap((r) => [r.title ? r.headingRange : undefined, r.dateLine].filter((s): s is Span => s !== undefined)));
  const paragraphs = doc.paragraphs;
  // Sized once: grown by push, the array allocated several times its final size in the copies it outgrew.
  const blocks = new Array<Span>(paragraphs.length + header.length);
  let h = 0;
  let k = 0;
  for (let j = 0; j < paragraphs.length; j++) {
    const p = paragraphs[j];
    while (h < header.length && header[h].start <= p.start) blocks[k++] = header[h++];
    blocks[k++] = p;
  }
  while (h < header.length) blocks[k++] = header[h++];
  return inOrder(blocks);
}

/**
 * Spans by start, in place. The parser emits paragraphs and numbered nodes in document order, so this is
 * one pass that finds them sorted; should that ever change, order is restored here rather than assumed.
 */
export function inOrder<T extends Span>(spans: T[]): T[] {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k - 1].start > spans[k].start) return spans.sort((a, b) => a.start - b.start);
  }
  return spans;
}
