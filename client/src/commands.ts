import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DraftNextYearRequest, RENUMBER_COMMAND, StatsRequest } from '../../server/src/protocol';
import { t } from './i18n';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  const activeReport = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) void vscode.window.showWarningMessage(t('请先打开一份工作报告', 'Open a work report first'));
    return editor;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('workreport.renumber', async () => {
      const editor = activeReport();
      if (!editor) return;
      const sel = editor.selection;
      const range = sel.isEmpty ? undefined : client.code2ProtocolConverter.asRange(sel);
      const result = await client.sendRequest<{ applied: boolean; count: number } | null>('workspace/executeCommand', {
        command: RENUMBER_COMMAND,
        arguments: [editor.document.uri.toString(), range],
      });
      if (!result) void vscode.window.showWarningMessage(t('当前文档不是工作报告', 'This document is not a work report'));
      else if (result.count === 0) void vscode.window.setStatusBarMessage(t('编号无需调整', 'Numbering is already in order'), 3000);
      else void vscode.window.setStatusBarMessage(t(`已重新编号 ${result.count} 处`, `Renumbered ${result.count} marker(s)`), 3000);
    }),

    vscode.commands.registerCommand('workreport.draftNextYear', async () => {
      const editor = activeReport();
      if (!editor) return;
      const draft = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('正在起草下一年报告…', 'Drafting next year’s report…') },
        () => client.sendRequest(DraftNextYearRequest, { uri: editor.document.uri.toString() }),
      );
      if (!draft) {
        void vscode.window.showWarningMessage(t('当前文档不是工作报告，无法起草下一年报告', 'This document is not a work report'));
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'workreport', content: draft.text });
      await vscode.window.showTextDocument(doc, { preview: false });
    }),

    vscode.commands.registerCommand('workreport.showStats', async (uri?: string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!target) return;
      const stats = await client.sendRequest(StatsRequest, { uri: target });
      if (!stats) return;
      const lines = stats.reports.map((r) => t(`${r.title || '（无标题）'}：${r.words}字，${r.parts}个部分，${r.sections}个编号标题`, `${r.title || '(untitled)'}: ${r.words} chars, ${r.parts} parts, ${r.sections} numbered headings`));
      void vscode.window.showInformationMessage(t(`全文${stats.words}字。`, `${stats.words} characters in all. `) + lines.join('；'));
    }),

    vscode.commands.registerCommand('workreport.showOutput', () => output.show()),
  );
}
