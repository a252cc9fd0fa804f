import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatsRequest } from '../../server/src/protocol';
import { t } from './i18n';
import { isServedLanguage } from './selector';

/** 字数 of the active report in the status bar, refreshed shortly after each edit. */
export function registerWordCount(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('workreport.wordCount', vscode.StatusBarAlignment.Right, 100);
  item.name = t('工作报告字数', 'Work report character count');
  item.command = 'workreport.showStats';
  context.subscriptions.push(item);
  let timer: NodeJS.Timeout | undefined;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServedLanguage(editor.document.languageId)) { item.hide(); return; }
    try {
      const stats = await client.sendRequest(StatsRequest, { uri: editor.document.uri.toString() });
      if (!stats) { item.hide(); return; }
      item.text = `$(book) ${t(`${stats.words}字`, `${stats.words} chars`)}`;
      item.tooltip = stats.reports.map((r) => `${r.title || t('（无标题）', '(untitled)')}：${r.words}${t('字', ' chars')}`).join('\n');
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
