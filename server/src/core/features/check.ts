import { parseReport } from '../parse/parser';
import type { ReportDocument } from '../parse/model';
import type { ResolvedConfig } from '../config/config';
import { checkDocument } from '../lint/engine';
import { fixAll } from '../lint/applyFixes';
import type { Finding } from '../lint/types';
import { RULES } from '../rules/index';

/** Every built-in rule over a parsed document: what the editor, the CLI and the tests all call. */
export function check(doc: ReportDocument, config: ResolvedConfig): Finding[] {
  return checkDocument(doc, config, RULES);
}

/**
 * The text with every fix-all fix applied, round after round until none is left (`--fix`,
 * source.fixAll.workreport and the tests share this one call).
 */
export function fixText(text: string, config: ResolvedConfig): { text: string; rounds: number; applied: number } {
  return fixAll(text, (t) => check(parseReport(t), config));
}
