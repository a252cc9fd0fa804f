import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, serverEnvironment } from '../../server/src/protocol';
import { activateClient, deactivateClient } from './common';

/** The desktop (and remote) entry: the language server runs as a Node process beside the extension host. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The server keeps V8's compiled code here between starts (see server/src/node/boot.ts).
  const env = serverEnvironment({ WORKREPORT_CODE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath });
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6029'], env } },
  };
  await activateClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
