import { parseReport } from '../core/parse/parser';
import { NODE_PARSE } from '../node/codeUnits';
import { check } from '../core/features/check';
import { applyEdits, fixAll, fixAllEdits } from '../core/lint/applyFixes';
import type { ResolvedConfig } from '../core/config/config';
import type { Finding, TextEdit } from '../core/lint/types';
import { LineTable } from '../core/text/lines';
import { positionOf } from '../core/text/position';

/** One edit `--fix` made, for the line it prints: `file:line  rule-id  "before" -> "after"`. */
export interface Change {
  /** 1-based, in the file as it was before the fix. */
  readonly line: number;
  readonly ruleId: string;
  readonly before: string;
  readonly after: string;
}

interface Round {
  readonly text: string;
  readonly findings: readonly Finding[];
}

/** Which rule proposed each fix-all edit of a round (the first, when two rules propose the same one). */
function owners(findings: readonly Finding[]): Map<TextEdit, string> {
  const owner = new Map<TextEdit, string>();
  for (const f of findings) {
    for (const fix of f.fixes) if (fix.all) for (const e of fix.edits) if (!owner.has(e)) owner.set(e, f.ruleId);
  }
  return owner;
}

/** An offset of the text after `edits` (sorted, applied together) as an offset of the text before them. */
function before(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const e of edits) {
    const newStart = e.start + shift;
    if (offset < newStart) break;
    const newEnd = newStart + e.newText.length;
    if (offset < newEnd) return e.start;
    shift += e.newText.length - (e.end - e.start);
  }
  return offset - shift;
}

/**
 * The text with every fix-all fix applied — the same fixAll and checks as fixText, so `--fix` and
 * source.fixAll never differ — and each edit it made, with the rule that asked for it and its line in the
 * original text (a second round's edits are mapped back through the first round's).
 */
export function fixWithChanges(text: string, config: ResolvedConfig): { text: string; changes: Change[] } {
  const rounds: Round[] = [];
  const result = fixAll(text, (t) => {
    const findings = check(parseReport(t, NODE_PARSE), config);
    rounds.push({ text: t, findings });
    return findings;
  });
  const lines = new LineTable(text);
  const changes: Change[] = [];
  const earlier: (readonly TextEdit[])[] = [];
  for (const round of rounds) {
    const owner = owners(round.findings);
    const { applied } = applyEdits(round.text, fixAllEdits(round.findings));
    for (const e of applied) {
      if (round.text.slice(e.start, e.end) === e.newText) continue;
      const start = earlier.reduceRight((at, edits) => before(at, edits), e.start);
      changes.push({ line: positionOf(lines, start).line + 1, ruleId: owner.get(e) ?? '', before: round.text.slice(e.start, e.end), after: e.newText });
    }
    earlier.push(applied);
  }
  return { text: result.text, changes };
}
