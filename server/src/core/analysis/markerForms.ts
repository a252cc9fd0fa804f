import type { ReportDocument } from '../parse/model';

/**
 * Which bracket width each bracketed level (2 and 4) mostly uses in a document; full-width on a tie,
 * as GB/T 15834-2011 4.9 writes Chinese brackets full-width.
 */
export function majorityBrackets(doc: ReportDocument): Record<number, 'full' | 'half'> {
  const count: Record<number, { full: number; half: number }> = { 2: { full: 0, half: 0 }, 4: { full: 0, half: 0 } };
  for (const node of doc.numbered) {
    const marker = node.marker!;
    if ((marker.level === 2 || marker.level === 4) && (marker.brackets === 'full' || marker.brackets === 'half')) count[marker.level][marker.brackets]++;
  }
  return {
    2: count[2].half > count[2].full ? 'half' : 'full',
    4: count[4].half > count[4].full ? 'half' : 'full',
  };
}

/** Which dot level 3 mostly uses: 1. or 1． — the half-width dot on a tie. */
export function majorityDot(doc: ReportDocument): '.' | '．' {
  let half = 0, full = 0;
  for (const node of doc.numbered) {
    const marker = node.marker!;
    if (marker.level !== 3) continue;
    if (marker.mark === '.') half++;
    else if (marker.mark === '．') full++;
  }
  return full > half ? '．' : '.';
}
