/**
 * Commands the client runs for code actions of the server, declared once for both (as protocol.ts declares
 * the requests): the server puts them with their arguments in a code action, the editor runs them when the
 * author picks it. They change files the server does not own (.workreportrc.json, settings) or open a view.
 */

/** Where 关闭此规则 turns a rule off: one report (.workreportrc.json's "files"), or the workspace's settings. */
export type SilenceScope = 'file' | 'workspace';

export interface SilenceRuleArgs {
  /** The report the quick action was offered in. */
  readonly uri: string;
  readonly ruleId: string;
  readonly scope: SilenceScope;
  /**
   * The URI of the .workreportrc.json the server reads for this report; left out when it reads none (the
   * client then looks for one itself, as it must where the server cannot read files).
   */
  readonly configFile?: string;
}

/** 关闭此规则（本文件 / 工作区）: arguments [SilenceRuleArgs]. */
export const SILENCE_RULE_COMMAND = 'workreport.silenceRule';

/** 查看规则说明: arguments [ruleId]; opens the rule's section of the docs/rules.md in the extension. */
export const SHOW_RULE_DOC_COMMAND = 'workreport.showRuleDoc';
