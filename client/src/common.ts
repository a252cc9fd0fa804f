import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { DOCUMENT_SELECTOR } from './selector';
import { registerCommands } from './commands';
import { registerRuleActions } from './ruleActions';
import { wordCountItem } from './statusBar';
import { reportStatusItem } from './languageStatus';
import { watchActiveStats } from './activeStats';
import { enableMiddleware } from './enable';
import { traceHint } from './trace';
import { answerFileRequests } from './fileRequests';
import { t, initL10n, prepareL10n } from './l10n';

/**
 * The client as both hosts run it: the Node entry (extension.ts) starts the server as a process, the browser
 * entry (browser/extension.ts) as a web worker; everything else (options, commands, status items, the enable
 * setting, config files read for the server) is this one module, so the two cannot drift apart.
 */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;

function clientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
  let toldRestart = false;
  return {
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
}

/** Creates the client with the host's transport, starts it and attaches the commands and status items. */
export async function activateClient(context: vscode.ExtensionContext, create: ClientFactory): Promise<void> {
  initL10n(context);
  await prepareL10n();
  const output = vscode.window.createOutputChannel(t('Work Report'), { log: true });
  client = create('workreport', t('Work Report'), clientOptions(output));
  registerCommands(context, client, output);
  registerRuleActions(context, client);
  context.subscriptions.push(traceHint(output), answerFileRequests(client, output));
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

export async function deactivateClient(): Promise<void> {
  if (client) await client.stop();
}
