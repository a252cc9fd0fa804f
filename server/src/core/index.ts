/**
 * The language service core: pure TypeScript, no vscode, no Node built-ins, so it runs in the language
 * server, the CLI and a browser worker alike.
 */
export { parseReport } from './parse/parser';
export type * from './parse/model';
export { checkDocument, TOO_LARGE_ID } from './lint/engine';
export { check, fixText } from './features/check';
export { RULES, RULE_IDS, ruleById } from './rules/index';
export type { Finding, Fix, TextEdit, Severity, Level, Rule } from './lint/types';
export { msg, translator, type Message, type Bundle, type Translator } from './l10n/message';
export { resolveConfig, parseConfigFile, type WorkreportConfig, type ResolvedConfig } from './config/config';
export { applyEdits, fixAll, fixAllEdits } from './lint/applyFixes';
