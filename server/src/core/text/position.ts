import type { LineTable } from './lines';

/** 0-based line and UTF-16 column of an offset, as LSP counts them. */
export function positionOf(lines: LineTable, offset: number): { line: number; character: number } {
  const line = lines.lineAt(offset);
  return { line, character: Math.min(offset, lines.end(line)) - lines.start(line) };
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
