import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
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

export function toDiagnostic(doc: TextDocument, f: Finding, tr: Translator): Diagnostic {
  return {
    range: toRange(doc, f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: `${RULES_DOC_URL}#${f.ruleId}` },
    source: 'workreport',
    message: tr(f.message),
  };
}

export function toTextEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}

function symbolKind(s: ReportSymbol): lsp.SymbolKind {
  switch (s.role) {
    case 'report': return lsp.SymbolKind.File;
    case 'part': return s.level ? lsp.SymbolKind.Namespace : lsp.SymbolKind.Module;
    case 'appendix': return lsp.SymbolKind.Package;
    case 'passage': return lsp.SymbolKind.String;
    default: return [lsp.SymbolKind.Class, lsp.SymbolKind.Class, lsp.SymbolKind.Method, lsp.SymbolKind.Field, lsp.SymbolKind.Property, lsp.SymbolKind.Constant][s.level] ?? lsp.SymbolKind.Field;
  }
}

export function toDocumentSymbol(doc: TextDocument, s: ReportSymbol): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: symbolKind(s),
    range: toRange(doc, s.range),
    selectionRange: toRange(doc, s.selectionRange),
    children: s.children.map((c) => toDocumentSymbol(doc, c)),
  };
}

export { symbolKind };
