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
    // A draft's placeholders (【待补充：…】) are counted beside the characters: what is left to write.
    const todo = stats.placeholders > 0 ? ` $(edit) ${t('{0} to write', stats.placeholders)}` : '';
    item.text = `$(book) ${t('{0} chars', stats.words)}${todo}`;
    const lines = stats.reports.map((r) => t('{0}: {1} chars', r.title || t('(untitled)'), r.words));
    if (stats.placeholders > 0) lines.push(t('{0} placeholder(s) 【待补充：…】 left to write', stats.placeholders));
    item.tooltip = lines.join('\n');
    item.show();
  };
}
