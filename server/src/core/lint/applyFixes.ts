import type { Finding, TextEdit } from './types';

/**
 * Applies edits to a text. Identical edits from different findings (two rules proposing the same
 * renumbering) count once; an edit overlapping one already taken is dropped for this pass.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    const prev = applied[applied.length - 1];
    if (prev && prev.start === e.start && prev.end === e.end && prev.newText === e.newText) continue;
    if (e.start < lastEnd || (prev && e.start === prev.start && e.start === e.end && prev.start === prev.end)) continue;
    applied.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  let out = '';
  let at = 0;
  for (const e of applied) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return { text: out + text.slice(at), applied };
}

/** The edits of every fix that joins source.fixAll, for one set of findings. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  // Findings of one run share one fix object (numbering-sequence): take its edits once.
  const seen = new Set<readonly TextEdit[]>();
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (!fix.all || seen.has(fix.edits)) continue;
      seen.add(fix.edits);
      for (const e of fix.edits) edits.push(e);
    }
  }
  return edits;
}

/**
 * Fixes until nothing fixable is left (at most `passes` rounds, as ESLint does): one fix can only be
 * computed once another has landed (a glyph marker must become text before it can be renumbered).
 * Running it on its own output changes nothing, which is what makes it safe on save.
 */
export function fixAll(text: string, check: (text: string) => readonly Finding[], passes = 10): { text: string; rounds: number; applied: number } {
  let current = text;
  let applied = 0;
  for (let round = 0; round < passes; round++) {
    const edits = fixAllEdits(check(current));
    if (edits.length === 0) return { text: current, rounds: round, applied };
    const next = applyEdits(current, edits);
    applied += next.applied.length;
    if (next.text === current) return { text: current, rounds: round, applied };
    current = next.text;
  }
  return { text: current, rounds: passes, applied };
}
