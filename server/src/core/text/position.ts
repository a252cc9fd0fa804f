import type { LineTable } from './lines';

/** 0-based line and UTF-16 column of an offset, as LSP counts them. */
export function positionOf(lines: LineTable, offset: number): { line: number; character: number } {
  const line = lines.lineAt(offset);
  return { line, character: Math.min(offset, lines.end(line)) - lines.start(line) };
}

/** The last `count` characters (code points) before `end`, no further back than `floor`, as a start offset. */
export function backChars(text: string, end: number, count: number, floor: number): number {
  let at = end;
  for (let k = 0; k < count && at > floor; k++) {
    at--;
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff && at > floor) at--;
  }
  return at;
}
