import type { CancellationToken, Connection } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { StatsRequest, DraftNextYearRequest } from '../protocol';
import { runSafe, throwIfCancelled, type RequestContext, type RequestHandler } from './context';
import { documentSymbol } from './handlers/documentSymbol';
import { foldingRange } from './handlers/foldingRange';
import { selectionRange } from './handlers/selectionRange';
import { workspaceSymbol } from './handlers/workspaceSymbol';
import { hover } from './handlers/hover';
import { codeLens } from './handlers/codeLens';
import { completion } from './handlers/completion';
import { codeAction } from './handlers/codeAction';
import { executeCommand } from './handlers/executeCommand';
import { stats } from './handlers/stats';
import { draftNextYear } from './handlers/draftNextYear';
import { formatting } from './handlers/formatting';

/** One row of the table: a request, its handler, and the answer when the handler fails. */
export interface Route {
  readonly method: string;
  register(connection: Connection, context: RequestContext): void;
}

function route<P, R>(type: lsp.RequestType<P, R, unknown>, handler: RequestHandler<P, R>, fallback: R): Route {
  return {
    method: type.method,
    register(connection, context) {
      const safe = runSafe(connection, type.method, fallback, (params: P, token: CancellationToken) => {
        throwIfCancelled(token);
        return handler(params, context, token);
      });
      // By method name: the typed overloads cannot see that a Promise<R> answers a request of result R.
      connection.onRequest(type.method, safe);
    },
  };
}

/** Every request the server answers, each by one handler (server/src/lsp/handlers). */
export const ROUTES: readonly Route[] = [
  route(lsp.DocumentSymbolRequest.type, documentSymbol, null),
  route(lsp.FoldingRangeRequest.type, foldingRange, null),
  route(lsp.SelectionRangeRequest.type, selectionRange, null),
  route(lsp.WorkspaceSymbolRequest.type, workspaceSymbol, []),
  route(lsp.HoverRequest.type, hover, null),
  route(lsp.CodeLensRequest.type, codeLens, null),
  route(lsp.CompletionRequest.type, completion, null),
  route(lsp.CodeActionRequest.type, codeAction, null),
  route(lsp.ExecuteCommandRequest.type, executeCommand, null),
  route(lsp.DocumentFormattingRequest.type, formatting, null),
  route(lsp.DocumentDiagnosticRequest.type, (params, context, token) => context.diagnostics.pulled(params, token), { kind: lsp.DocumentDiagnosticReportKind.Full, items: [] }),
  route(StatsRequest, stats, null),
  route(DraftNextYearRequest, draftNextYear, null),
];
