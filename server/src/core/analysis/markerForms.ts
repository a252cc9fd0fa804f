import type { ReportDocument } from '../parse/model';

/**
 * Which bracket width each bracketed level (2 and 4) mostly uses in a document; full-width on a tie,
 * as GB/T 15834-2011 4.9 writes Chinese brackets full-width.
 */
export function majorityBrackets(doc: ReportDocument): Record<number, 'full' | 'half'> {
  const count: Record<number, { full: number; half: number }> = { 2: { full: 0, half: 0 }, 4: { full: 0, half: 0 } };
  for (const n of doc.numbered) {
    const m = n.marker!;
    if ((m.level === 2 || m.level === 4) && (m.brackets === 'full' || m.brackets === 'half')) count[m.level][m.brackets]++;
  }
  return {
    2: count[2].half > count[2].full ? 'half' : 'full',
    4: count[4].half > count[4].full ? 'half' : 'full',
  };
}

/** Which dot level 3 mostly uses: 1. or 1． — the half-width dot on a tie. */
export function majorityDot(doc: ReportDocument): '.' | '．' {
  let half = 0, full = 0;
  for (const n of doc.numbered) {
    const m = n.marker!;
    if (m.level !== 3) continue;
    if (m.mark === '.') half++;
    else if (m.mark === '．') full++;
  }
  return full > half ? '．' : '.';
}
