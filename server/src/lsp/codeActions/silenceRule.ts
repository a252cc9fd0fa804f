import type { CodeAction } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { msg } from '../../core/l10n/message';
import { RULE_IDS } from '../../core/rules/index';
import { SILENCE_RULE_COMMAND, type SilenceRuleArgs, type SilenceScope } from '../../clientCommands';
import { toDiagnostic } from '../convert';
import type { OpenReport } from '../documentStore';
import type { CodeActionProvider } from './provider';

/**
 * 关闭此规则（本文件） and 关闭此规则（工作区）, on every finding of a rule, in any report: the client's command
 * edits .workreportrc.json ("files", by the report's path) or the workspace's workreport.rules, never the
 * report, so a .txt pasted from Word, which cannot hold a comment, can be silenced too (docs/rules.md,
 * "Silencing a rule"). Only a report saved as a file has a path to be named by.
 */
export const silenceRule: CodeActionProvider = {
  kind: lsp.CodeActionKind.QuickFix,
  provide({ report, findings }) {
    const { document, settings } = report;
    const actions: CodeAction[] = [];
    const offered = new Set<string>();
    const onDisk = document.uri.startsWith('file:');
    for (const finding of findings) {
      // document-too-large is no rule: maxDocumentSize governs it.
      if (offered.has(finding.ruleId) || !RULE_IDS.has(finding.ruleId)) continue;
      offered.add(finding.ruleId);
      const diagnostics = [toDiagnostic(document, finding, settings.tr)];
      if (onDisk) actions.push(action(report, finding.ruleId, 'file', settings.tr(msg('Turn off {0} for this file', finding.ruleId)), diagnostics));
      actions.push(action(report, finding.ruleId, 'workspace', settings.tr(msg('Turn off {0} for the workspace', finding.ruleId)), diagnostics));
    }
    return actions;
  },
};

function action(report: OpenReport, ruleId: string, scope: SilenceScope, title: string, diagnostics: lsp.Diagnostic[]): CodeAction {
  const configFile = report.settings.configFile?.uri;
  const args: SilenceRuleArgs = { uri: report.document.uri, ruleId, scope, ...(configFile ? { configFile } : {}) };
  return { title, kind: lsp.CodeActionKind.QuickFix, diagnostics, command: { title, command: SILENCE_RULE_COMMAND, arguments: [args] } };
}
