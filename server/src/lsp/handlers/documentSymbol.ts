import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { documentSymbols } from '../../core/features/outline';
import { toDocumentSymbol } from '../convert';
import type { RequestHandler } from '../context';

/** The Outline: reports, parts and numbered headings, each with its 字数 as detail. */
export const documentSymbol: RequestHandler<DocumentSymbolParams, DocumentSymbol[] | null> = async (params, context, token) => {
  const served = await context.served(params.textDocument?.uri, token);
  if (!served) return null;
  return documentSymbols(served.report, served.wordCounter).map((symbol) => toDocumentSymbol(served.document, symbol));
};
