import type { ReportDocument, Span } from '../parse/model';
import { lastAtOrBefore } from '../text/lines';

/** Sorted, disjoint spans as two columns of offsets, read by number (0 to length - 1). */
export class Spans {
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(readonly length: number) {
    this.starts = new Int32Array(length);
    this.ends = new Int32Array(length);
  }

  static of(spans: readonly Span[]): Spans {
    const out = new Spans(spans.length);
    for (let k = 0; k < spans.length; k++) {
      out.starts[k] = spans[k].start;
      out.ends[k] = spans[k].end;
    }
    return out;
  }

  start(k: number): number {
    return this.starts[k];
  }

  end(k: number): number {
    return this.ends[k];
  }

  /** The span holding an offset (start <= offset < end), or -1: a binary search. */
  at(offset: number): number {
    const hit = lastAtOrBefore(this.starts, this.length, offset);
    return hit >= 0 && offset < this.ends[hit] ? hit : -1;
  }
}

/**
 * The runs of text typography rules read, in document order: every paragraph, and each report's title and
 * date line. Paragraphs come in order from the parser; the few header spans are merged in where they stand
 * (sorting thousands of spans through a comparator cost more than merging them).
 */
export function textBlocks(doc: ReportDocument): Spans {
  const header = inOrder(doc.reports.flatMap((r) => [r.title ? r.headingRange : undefined, r.dateLine].filter((s): s is Span => s !== undefined)));
  const paragraphs = doc.paragraphs;
  const blocks = new Spans(paragraphs.length + header.length);
  let h = 0;
  let k = 0;
  const put = (start: number, end: number) => {
    blocks.starts[k] = start;
    blocks.ends[k++] = end;
  };
  for (let j = 0; j < paragraphs.length; j++) {
    const start = paragraphs.start(j);
    for (; h < header.length && header[h].start <= start; h++) put(header[h].start, header[h].end);
    put(start, paragraphs.end(j));
  }
  for (; h < header.length; h++) put(header[h].start, header[h].end);
  // The parser adds paragraphs in document order; should that ever change, order is restored here, not assumed.
  for (let j = 1; j < blocks.length; j++) {
    if (blocks.starts[j - 1] > blocks.starts[j]) return sortedSpans(blocks);
  }
  return blocks;
}

function sortedSpans(spans: Spans): Spans {
  const order = Array.from({ length: spans.length }, (_, k) => k).sort((a, b) => spans.starts[a] - spans.starts[b]);
  const out = new Spans(spans.length);
  order.forEach((from, k) => {
    out.starts[k] = spans.starts[from];
    out.ends[k] = spans.ends[from];
  });
  return out;
}

/**
 * Spans by start, in place. The parser emits numbered nodes in document order, so this is one pass that finds
 * them sorted; should that ever change, order is restored here rather than assumed.
 */
export function inOrder<T extends Span>(spans: T[]): T[] {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k - 1].start > spans[k].start) return spans.sort((a, b) => a.start - b.start);
  }
  return spans;
}
