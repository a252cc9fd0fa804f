import { parseReport } from '../../server/src/core/parse/parser';
import { check as checkParsed, fixText } from '../../server/src/core/features/check';
import { resolveConfig, type WorkreportConfig } from '../../server/src/core/config/config';
import { applyEdits, fixAll } from '../../server/src/core/lint/applyFixes';
import type { Finding } from '../../server/src/core/lint/types';
import { ruleById } from '../../server/src/core/rules/index';

export function check(text: string, config?: WorkreportConfig): Finding[] {
  return checkParsed(parseReport(text), resolveConfig(config));
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
