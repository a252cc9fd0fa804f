import type { ReportDocument, Report } from '../parse/model';
import type { ResolvedConfig } from '../config/config';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Level = Severity | 'off';
export const LEVELS: readonly Level[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Every user-facing string exists in Chinese and English; the edge picks one by locale. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export type Locale = 'zh' | 'en';

export function pick(text: Localized, locale: Locale): string {
  return locale === 'zh' ? text.zh : text.en;
}

/** A replacement of [start, end) by newText, in document offsets (UTF-16 code units). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A fix is data: edits applied by one engine (features/applyFixes), so it can be tested for idempotence. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
  /** Joins source.fixAll and `workreport check --fix`. */
  readonly all: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly message: Localized;
  severity: Severity;
  readonly fixes: readonly Fix[];
}

export type RuleCategory = 'structure' | 'typography';

export interface RuleContext {
  readonly doc: ReportDocument;
  readonly config: ResolvedConfig;
  /** The session year Y of a report: configuration first, then the date line, then the title. */
  sessionYear(report: Report): number | undefined;
  isEnabled(ruleId: string): boolean;
  /** Records a finding; false once the rule has reached the engine's cap, so a rule can stop early. */
  report(finding: Omit<Finding, 'severity' | 'fixes' | 'ruleId'> & { fixes?: Fix[] }): boolean;
}

export interface Rule {
  readonly id: string;
  readonly defaultLevel: Level;
  readonly category: RuleCategory;
  readonly description: Localized;
  /** Whether the rule offers a quick fix, and whether that fix joins source.fixAll. */
  readonly fix: 'none' | 'quick' | 'all';
  check(ctx: RuleContext): void;
}
