import type { OutlineNode, ReportDocument, Span } from '../parse/model';

/**
 * Smart-select steps for an offset, innermost first: the sentence, the paragraph, then each enclosing
 * node up to the report. Only strictly growing spans are kept, as LSP requires.
 */
export function selectionSpans(doc: ReportDocument, offset: number): Span[] {
  const spans: Span[] = [];
  const paragraphs = doc.paragraphs;
  const para = paragraphs.at(offset);
  if (para >= 0) {
    const text = paragraphs.text(para);
    const start = paragraphs.start(para);
    const rel = offset - start;
    let s = rel, e = rel;
    while (s > 0 && !/[。！？；]/.test(text[s - 1])) s--;
    while (e < text.length && !/[。！？；]/.test(text[e])) e++;
    if (e < text.length) e++;
    spans.push({ start: start + s, end: start + e }, { start, end: paragraphs.end(para) });
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
