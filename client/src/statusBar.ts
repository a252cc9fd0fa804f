import * as vscode from 'vscode';
import { t } from './l10n';
import type { StatsListener } from './activeStats';

/** 字数 of the active report in the status bar. */
export function wordCountItem(context: vscode.ExtensionContext): StatsListener {
  const item = vscode.window.createStatusBarItem('workreport.wordCount', vscode.StatusBarAlignment.Right, 100);
  item.name = t('Work report character count');
  item.command = 'workreport.showStats';
  context.subscriptions.push(item);
  return (_document, stats) => {
    if (!stats) { item.hide(); return; }
    item.text = `$(book) ${t('{0} chars', stats.words)}`;
    item.tooltip = stats.reports.map((r) => t('{0}: {1} chars', r.title || t('(untitled)'), r.words)).join('\n');
    item.show();
  };
}
