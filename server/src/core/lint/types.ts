import type { ReportDocument, Report } from '../parse/model';
import type { ResolvedConfig } from '../config/config';

import type { Severity, Level } from '../config/levels';
import type { TextEdit } from '../text/edit';
import type { Message } from '../l10n/message';

export type { Severity, Level, TextEdit, Message };
export { LEVELS } from '../config/levels';

/** A fix is data: edits applied by one engine (features/applyFixes), so it can be tested for idempotence. */
export interface Fix {
  readonly title: Message;
  readonly edits: readonly TextEdit[];
  /** Joins source.fixAll and `workreport check --fix`. */
  readonly all: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly message: Message;
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
  readonly description: Message;
  /**
   * Whether the rule offers a quick fix, and whether that fix joins source.fixAll. The engine holds the rule to it:
   * a fix from a rule declared 'none', or a fix-all fix from a rule declared 'quick', is dropped.
   */
  readonly fix: 'none' | 'quick' | 'all';
  check(ctx: RuleContext): void;
}
