import { parseReport } from '../../server/src/core/parse/parser';
import { fixText } from '../../server/src/core/features/check';
import { checkDocument, type RefusedFixSink } from '../../server/src/core/lint/engine';
import { resolveConfig, type WorkreportConfig } from '../../server/src/core/config/config';
import { applyEdits } from '../../server/src/core/lint/applyFixes';
import type { Finding } from '../../server/src/core/lint/types';
import { RULES, ruleById } from '../../server/src/core/rules/index';

/** A built-in rule whose fix the engine refuses breaks its declared `fix` kind: every test that checks says so. */
export const failOnRefusedFix: RefusedFixSink = (ruleId, fix) => {
  throw new Error(`${ruleId} reported a fix its declared kind does not allow (all: ${fix.all})`);
};

/** Every built-in rule over a text, as the editor and the CLI run them. */
export function check(text: string, config?: WorkreportConfig): Finding[] {
  return checkDocument(parseReport(text), resolveConfig(config), RULES, failOnRefusedFix);
}

export function ofRule(text: string, id: string, config?: WorkreportConfig): Finding[] {
  return check(text, config).filter((f) => f.ruleId === id);
}

/** Applies the first fix of a finding. */
export function applyFirstFix(text: string, f: Finding): string {
  assertHasFix(f);
  return applyEdits(text, f.fixes[0].edits).text;
}

function assertHasFix(f: Finding): void {
  if (f.fixes.length === 0) throw new Error(`${f.ruleId} offers no fix`);
}

export function fixEverything(text: string, config?: WorkreportConfig): string {
  const resolved = resolveConfig(config);
  return fixText(text, resolved).text;
}

/**
 * Structural findings of warning level and above: what an author must not be shown on a clean report. The category
 * is each rule's own (its `category` in the registry), so a new typography rule needs no change here.
 */
export function structural(findings: Finding[]): Finding[] {
  return findings.filter((f) => ruleById(f.ruleId)?.category === 'structure' && (f.severity === 'error' || f.severity === 'warning'));
}
