import type { OutlineNode, ReportDocument, Span } from '../parse/model';

/**
 * Smart-select steps for an offset, innermost first: the sentence, the paragraph, then each enclosing
 * node up to the report. Only strictly growing spans are kept, as LSP requires.
 */
export function selectionSpans(doc: ReportDocument, offset: number): Span[] {
  const spans: Span[] = [];
  const para = doc.paragraphs.find((p) => p.start <= offset && offset <= p.end);
  if (para) {
    const text = para.text;
    const rel = offset - para.start;
    let s = rel, e = rel;
    while (s > 0 && !/[。！？；]/.test(text[s - 1])) s--;
    while (e < text.length && !/[。！？；]/.test(text[e])) e++;
    if (e < text.length) e++;
    spans.push({ start: para.start + s, end: para.start + e }, { start: para.start, end: para.end });
  }
  const chain: Span[] = [];
  let level: readonly OutlineNode[] = doc.reports;
  for (;;) {
    const hit = level.find((n) => n.range.start <= offset && offset <= n.range.end);
    if (!hit) break;
    chain.push(hit.range);
    level = hit.children;
  }
  spans.push(...chain.reverse());
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (!prev || (s.start <= prev.start && s.end >= prev.end && (s.start < prev.start || s.end > prev.end))) out.push(s);
  }
  return out;
}
