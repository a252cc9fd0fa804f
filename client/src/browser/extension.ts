import * as vscode from 'vscode';
import { LanguageClient, BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageclient/browser';
import { activateClient, deactivateClient } from '../common';
import { startServerWorker, type ServerWorker } from './worker';

/**
 * The entry of VS Code for the Web (package.json "browser"; vscode.dev, github.dev, or any workbench running
 * the extension in its web worker extension host): the same client, with the language server in a web worker.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  let server: ServerWorker | undefined;
  const stop = () => {
    server?.stop();
    server = undefined;
  };
  context.subscriptions.push({ dispose: stop });
  // Called at every start: a restart (工作报告：重启语言服务, or after a crash) gets a fresh worker, and the
  // stopped server's worker, which a browser never ends by itself, goes first.
  const transports = async () => {
    stop();
    server = await startServerWorker(script);
    return { reader: new BrowserMessageReader(server.worker), writer: new BrowserMessageWriter(server.worker) };
  };
  await activateClient(context, (id, name, options) => new LanguageClient(id, name, transports, options));
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
