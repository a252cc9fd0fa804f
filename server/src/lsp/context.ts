import type { CancellationToken, Connection } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import type { DocumentStore, OpenReport } from './documentStore';
import type { DiagnosticsPublisher } from './diagnostics';
import type { PreviousReports } from './previousReport';

/** What every request handler may use: the open documents, the diagnostics, and the connection to the client. */
export interface RequestContext {
  readonly store: DocumentStore;
  readonly diagnostics: DiagnosticsPublisher;
  readonly connection: Connection;
  /** Last year's report of an open report and the comparison with it, where the host can read files. */
  readonly previous?: PreviousReports;
  /**
   * The open document at `uri` when this server serves it, else undefined (unknown, closed, not a report,
   * or no string at all). Throws RequestCancelled when the client cancelled while its settings were read.
   */
  openReport(uri: unknown, token?: CancellationToken): Promise<OpenReport | undefined>;
}

/** A request's answer, as a function of its params and the server's state. */
export type RequestHandler<P, R> = (params: P, context: RequestContext, token: CancellationToken) => R | Promise<R>;

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new lsp.ResponseError(lsp.LSPErrorCodes.RequestCancelled, 'cancelled');
}

export function requestContext(store: DocumentStore, diagnostics: DiagnosticsPublisher, connection: Connection, previous?: PreviousReports): RequestContext {
  return {
    store,
    diagnostics,
    connection,
    previous,
    async openReport(uri, token) {
      const report = await store.openReport(uri);
      throwIfCancelled(token);
      return report;
    },
  };
}

/**
 * One bad request must never take the server down (vscode-eslint's runSafe): an error is logged to the
 * client's output (never stdout, which carries the protocol) and the request is answered with `fallback`.
 * A cancelled request is answered as cancelled.
 */
export function runSafe<A extends unknown[], R>(connection: Connection, name: string, fallback: R, run: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await run(...args);
    } catch (error) {
      if (error instanceof lsp.ResponseError) throw error;
      connection.console.error(`workreport: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return fallback;
    }
  };
}
