import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { completeAt } from '../../core/features/completion';
import type { RequestHandler } from '../context';

/** At the start of a line: the markers and part headings that fit there, in the document's own form. */
export const completion: RequestHandler<CompletionParams, CompletionItem[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report) return null;
  const { document, settings } = report;
  const candidates = completeAt(report.model, document.offsetAt(params.position), settings.config.sessionYear);
  return candidates.map((candidate): CompletionItem => ({
    label: candidate.label,
    kind: candidate.kind === 'part' ? lsp.CompletionItemKind.Module : lsp.CompletionItemKind.EnumMember,
    detail: settings.tr(candidate.detail),
    sortText: candidate.sortText,
    filterText: candidate.label,
    textEdit: { range: { start: document.positionAt(candidate.replaceStart), end: params.position }, newText: candidate.insertText },
  }));
};
