import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Range, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import type { Finding, Severity, TextEdit } from '../core/lint/types';
import type { Translator } from '../core/l10n/message';
import type { Span } from '../core/parse/model';
import type { ReportSymbol } from '../core/features/outline';
import { RULES_DOC_URL } from '../core/docs';

/** Domain values become LSP values here and only here; offsets are UTF-16, as LSP columns are. */
export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  information: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: TextDocument, finding: Finding, tr: Translator): Diagnostic {
  return {
    range: toRange(doc, finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${RULES_DOC_URL}#${finding.ruleId}` },
    source: 'workreport',
    message: tr(finding.message),
  };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit), newText: edit.newText };
}

/** Edits of one document as a workspace edit (the `changes` form every client supports). */
export function toWorkspaceEdit(doc: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits.map((edit) => toTextEdit(doc, edit)) } };
}

export function symbolKind(symbol: ReportSymbol): lsp.SymbolKind {
  switch (symbol.role) {
    case 'report': return lsp.SymbolKind.File;
    case 'part': return symbol.level ? lsp.SymbolKind.Namespace : lsp.SymbolKind.Module;
    case 'appendix': return lsp.SymbolKind.Package;
    case 'passage': return lsp.SymbolKind.String;
    default: return [lsp.SymbolKind.Class, lsp.SymbolKind.Class, lsp.SymbolKind.Method, lsp.SymbolKind.Field, lsp.SymbolKind.Property, lsp.SymbolKind.Constant][symbol.level] ?? lsp.SymbolKind.Field;
  }
}

export function toDocumentSymbol(doc: TextDocument, symbol: ReportSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbolKind(symbol),
    range: toRange(doc, symbol.range),
    selectionRange: toRange(doc, symbol.selectionRange),
    children: symbol.children.map((child) => toDocumentSymbol(doc, child)),
  };
}
