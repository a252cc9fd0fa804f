import * as vscode from 'vscode';
import { LanguageClient, TransportKind, CloseAction, ErrorAction, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './selector';
import { SERVER_EXEC_ARGV, serverEnvironment } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { wordCountItem } from './statusBar';
import { reportStatusItem } from './languageStatus';
import { watchActiveStats } from './activeStats';
import { enableMiddleware } from './enable';
import { traceHint } from './trace';
import { registerRuleActions } from './ruleActions';
import { t, initL10n, prepareL10n } from './l10n';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  initL10n(context);
  await prepareL10n();
  const output = vscode.window.createOutputChannel(t('Work Report'), { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The server keeps V8's compiled code here between starts (see server/src/node/boot.ts).
  const env = serverEnvironment({ WORKREPORT_CODE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath });
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV, env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6029'], env } },
  };
  let toldRestart = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    middleware: enableMiddleware,
    synchronize: {
      configurationSection: 'workreport',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.workreportrc.json'),
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        // Say it once: a server that keeps dying should not bury the author in notifications.
        if (!toldRestart) {
          toldRestart = true;
          void vscode.window.showWarningMessage(t('The Work Report language server stopped unexpectedly and was restarted.'), t('Show log'))
            .then((choice) => { if (choice) output.show(); });
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('workreport', t('Work Report'), serverOptions, clientOptions);
  registerCommands(context, client, output);
  registerRuleActions(context, client);
  context.subscriptions.push(traceHint(output));
  try {
    await client.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    output.appendLine(`activation failed: ${message}`);
    void vscode.window.showErrorMessage(t('Work Report failed to start: {0}', message), t('Show log'))
      .then((choice) => { if (choice) output.show(); });
    return;
  }
  watchActiveStats(context, client, [wordCountItem(context), reportStatusItem(context)]);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
