import type { CodeAction } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { msg } from '../../core/l10n/message';
import { SHOW_RULE_DOC_COMMAND } from '../../clientCommands';
import type { CodeActionProvider } from './provider';

/**
 * 查看规则说明: the rule's section of the docs/rules.md inside the extension, opened by the client, so it reads
 * offline and on an intranet (the diagnostic's own link goes to the web).
 */
export const ruleDoc: CodeActionProvider = {
  kind: lsp.CodeActionKind.QuickFix,
  provide({ report, findings }) {
    const ids = [...new Set(findings.map((finding) => finding.ruleId))];
    return ids.map((ruleId): CodeAction => {
      const title = report.settings.tr(msg('Show the documentation of {0}', ruleId));
      return { title, kind: lsp.CodeActionKind.QuickFix, command: { title, command: SHOW_RULE_DOC_COMMAND, arguments: [ruleId] } };
    });
  },
};
