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

  start(span: number): number {
    return this.starts[span];
  }

  end(span: number): number {
    return this.ends[span];
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
  const header = inOrder(doc.reports.flatMap((report) => [report.title ? report.headingRange : undefined, report.dateLine].filter((span): span is Span => span !== undefined)));
  const paragraphs = doc.paragraphs;
  const blocks = new Spans(paragraphs.length + header.length);
  let nextHeader = 0;
  let count = 0;
  const put = (start: number, end: number) => {
    blocks.starts[count] = start;
    blocks.ends[count++] = end;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const start = paragraphs.start(p);
    for (; nextHeader < header.length && header[nextHeader].start <= start; nextHeader++) put(header[nextHeader].start, header[nextHeader].end);
    put(start, paragraphs.end(p));
  }
  for (; nextHeader < header.length; nextHeader++) put(header[nextHeader].start, header[nextHeader].end);
  // The parser adds paragraphs in document order; should that ever change, order is restored here, not assumed.
  for (let j = 1; j < blocks.length; j++) {
    if (blocks.starts[j - 1] > blocks.starts[j]) return sortedSpans(blocks);
  }
  return blocks;
}

function sortedSpans(spans: Spans): Spans {
  const order = Array.from({ length: spans.length }, (_, span) => span).sort((first, second) => spans.starts[first] - spans.starts[second]);
  const out = new Spans(spans.length);
  order.forEach((from, to) => {
    out.starts[to] = spans.starts[from];
    out.ends[to] = spans.ends[from];
  });
  return out;
}

/**
 * Spans by start, in place. The parser emits numbered nodes in document order, so this is one pass that finds
 * them sorted; should that ever change, order is restored here rather than assumed.
 */
export function inOrder<T extends Span>(spans: T[]): T[] {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k - 1].start > spans[k].start) return spans.sort((first, second) => first.start - second.start);
  }
  return spans;
}
