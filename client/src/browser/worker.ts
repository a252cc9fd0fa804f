import type * as vscode from 'vscode';

/** The DOM's Worker, as much of it as the client names (the project compiles without the DOM library). */
export interface WebWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;

export interface ServerWorker {
  readonly worker: WebWorker;
  /** Ends the worker and frees its script. */
  stop(): void;
}

/**
 * Starts dist/web/server.js in a web worker of its own. The script is fetched and started from a blob: URL,
 * not from its own URI: on vscode.dev the extension's files are on a CDN, but in a workbench that serves them
 * from its server (code-server, a remote folder) the extension's URI is vscode-remote:, which VS Code's
 * extension host translates for fetch() and refuses for `new Worker` ("Creating workers from remote extensions
 * is currently not supported"). fetch works in both, as it does when the extension host loads this client.
 */
export async function startServerWorker(script: vscode.Uri): Promise<ServerWorker> {
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`${script.toString(true)}: ${response.status} ${response.statusText}`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'workreport language server' });
  return {
    worker,
    stop: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
