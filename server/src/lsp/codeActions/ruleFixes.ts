// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { toDiagnostic, toWorkspaceEdit } from '../convert';
import type { CodeActionProvider } from './provider';

/** The fixes a rule attached to its finding; a finding's first fix is the preferred one. */
export const ruleFixes: CodeActionProvider = {
  kind: lsp.CodeActionKind.QuickFix,
  provide({ report, findings }) {
    const { document, settings } = report;
    return findings.filter((finding) => finding.fixes.length > 0).flatMap((finding) => {
      const diagnostic = toDiagnostic(document, finding, settings.tr);
      return finding.fixes.map((fix, index) => ({
        title: settings.tr(fix.title),
        kind: lsp.CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: toWorkspaceEdit(document, fix.edits),
      }));
    });
  },
};
