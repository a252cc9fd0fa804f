import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { documentSymbols, type ReportSymbol } from '../../core/features/outline';
import { symbolKind, toRange } from '../convert';
import type { RequestHandler } from '../context';

/** Headings of every open report whose name holds the query (all of them for an empty query). */
export const workspaceSymbol: RequestHandler<WorkspaceSymbolParams, WorkspaceSymbol[]> = async (params, context, token) => {
  const query = typeof params.query === 'string' ? params.query.trim() : '';
  const found: WorkspaceSymbol[] = [];
  for (const uri of context.store.uris()) {
    const report = await context.openReport(uri, token);
    if (!report) continue;
    const { document } = report;
    const visit = (symbols: readonly ReportSymbol[], containerName?: string) => {
      for (const symbol of symbols) {
        if (!query || symbol.name.includes(query)) {
          found.push({ name: symbol.name, kind: symbolKind(symbol), containerName, location: { uri, range: toRange(document, symbol.selectionRange) } });
        }
        visit(symbol.children, symbol.name);
      }
    };
    visit(documentSymbols(report.model, report.wordCounter, report.settings.tr));
  }
  return found;
};
