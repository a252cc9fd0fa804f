import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatsRequest } from '../../server/src/protocol';
import { t } from './l10n';
import { isServedLanguage } from './selector';

/** 字数 of the active report in the status bar, refreshed shortly after each edit. */
export function registerWordCount(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('workreport.wordCount', vscode.StatusBarAlignment.Right, 100);
  item.name = t('Work report character count');
  item.command = 'workreport.showStats';
  context.subscriptions.push(item);
  let timer: NodeJS.Timeout | undefined;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServedLanguage(editor.document.languageId)) { item.hide(); return; }
    try {
      const stats = await client.sendRequest(StatsRequest, { uri: editor.document.uri.toString() });
      if (!stats) { item.hide(); return; }
      item.text = `$(book) ${t('{0} chars', stats.words)}`;
      item.tooltip = stats.reports.map((r) => t('{0}: {1} chars', r.title || t('(untitled)'), r.words)).join('\n');
      item.show();
    } catch {
      item.hide();
    }
  };
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) soon(); }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  soon();
}
