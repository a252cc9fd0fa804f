/**
 * The language service core: pure TypeScript, no vscode, no Node built-ins, so it runs in the language
 * server, the CLI and a browser worker alike.
 */
export { parseReport } from './parse/parser';
export type * from './parse/model';
export { checkDocument, TOO_LARGE_ID } from './rules/engine';
export { RULES, RULE_IDS, ruleById } from './rules/registry';
export type { Finding, Fix, TextEdit, Localized, Locale, Severity, Level, Rule } from './rules/types';
export { pick } from './rules/types';
export { resolveConfig, parseConfigFile, type WorkreportConfig, type ResolvedConfig } from './config/config';
export { applyEdits, fixAll, fixAllEdits } from './features/applyFixes';
