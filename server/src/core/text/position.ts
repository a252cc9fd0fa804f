import type { Line } from './lines';

/** The 0-based line holding an offset (binary search over line starts). */
export function lineOfOffset(lines: readonly Line[], offset: number): number {
  let lo = 0, hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 0-based line and UTF-16 column of an offset, as LSP counts them. */
export function positionOf(lines: readonly Line[], offset: number): { line: number; character: number } {
  const line = lineOfOffset(lines, offset);
  return { line, character: Math.min(offset, lines[line].end) - lines[line].start };
}

/** The last `n` characters (code points) before `end`, as a start offset. */
export function backChars(text: string, end: number, n: number, floor: number): number {
  let at = end;
  for (let k = 0; k < n && at > floor; k++) {
    at--;
    const c = text.charCodeAt(at);
    if (c >= 0xdc00 && c <= 0xdfff && at > floor) at--;
  }
  return at;
}
