import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { StatsRequest, type StatsResult } from '../../server/src/protocol';
import { isServedLanguage } from './selector';

/**
 * What the server says of the active document: its stats, null when it is not read as a report, undefined
 * when the editor shows another language or the server did not answer.
 */
export type StatsListener = (document: vscode.TextDocument | undefined, stats: StatsResult | null | undefined) => void;

/**
 * One stats request for the active document shortly after each edit, switch of editor, settings change or
 * server restart, shared by the 字数 in the status bar and the language status item.
 */
export function watchActiveStats(context: vscode.ExtensionContext, client: BaseLanguageClient, listeners: readonly StatsListener[]): { refresh(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tell = (document: vscode.TextDocument | undefined, stats: StatsResult | null | undefined) => {
    for (const listener of listeners) listener(document, stats);
  };
  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isServedLanguage(document.languageId)) return tell(document, undefined);
    try {
      tell(document, await client.sendRequest(StatsRequest, { uri: document.uri.toString() }));
    } catch {
      tell(document, undefined);
    }
  };
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) soon(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('workreport')) soon(); }),
    client.onDidChangeState((e) => { if (e.newState === State.Running) soon(); }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  soon();
  return { refresh: soon };
}
