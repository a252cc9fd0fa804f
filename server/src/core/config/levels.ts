/** How loudly a rule speaks: the LSP severities, and `off`. Settings, config files and the CLI use these words. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Level = Severity | 'off';
export const LEVELS: readonly Level[] = ['off', 'hint', 'information', 'warning', 'error'];
