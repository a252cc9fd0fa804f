import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { documentSymbols } from '../../core/features/outline';
import { toDocumentSymbol } from '../convert';
import type { RequestHandler } from '../context';

/** The Outline: reports, parts and numbered headings, each with its 字数 as detail. */
export const documentSymbol: RequestHandler<DocumentSymbolParams, DocumentSymbol[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report) return null;
  return documentSymbols(report.model, report.wordCounter, report.settings.tr).map((symbol) => toDocumentSymbol(report.document, symbol));
};
