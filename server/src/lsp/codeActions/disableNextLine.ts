import type { CodeAction } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { msg } from '../../core/l10n/message';
import { disableNextLineEdit } from '../../core/lint/suppression';
import { toDiagnostic, toWorkspaceEdit } from '../convert';
import type { CodeActionProvider } from './provider';

/**
 * Silences a rule for one line with <!-- workreport-disable-next-line rule-id --> above it. In Markdown an
 * HTML comment is invisible in preview and print; in a plain-text report it would be read as text, so it is
 * not offered there.
 */
export const disableNextLine: CodeActionProvider = {
  kind: lsp.CodeActionKind.QuickFix,
  provide({ report, findings }) {
    const { document, settings } = report;
    if (!isMarkdown(document)) return [];
    const actions: CodeAction[] = [];
    const offered = new Set<string>();
    for (const finding of findings) {
      if (offered.has(finding.ruleId)) continue;
      offered.add(finding.ruleId);
      actions.push({
        title: settings.tr(msg('Disable {0} for the next line', finding.ruleId)),
        kind: lsp.CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(document, finding, settings.tr)],
        edit: toWorkspaceEdit(document, [disableNextLineEdit(report.model.lines, finding.start, finding.ruleId)]),
      });
    }
    return actions;
  },
};

function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);
}
