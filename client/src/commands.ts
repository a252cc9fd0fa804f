import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DraftNextYearRequest, RENUMBER_COMMAND, StatsRequest } from '../../server/src/protocol';
import { t } from './l10n';
import { toggleChecks } from './enable';

export function registerCommands(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.OutputChannel): void {
  const activeReport = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) void vscode.window.showWarningMessage(t('Open a work report first'));
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
      if (!result) void vscode.window.showWarningMessage(t('This document is not a work report'));
      else if (result.count === 0) void vscode.window.setStatusBarMessage(t('Numbering is already in order'), 3000);
      else void vscode.window.setStatusBarMessage(t('Renumbered {0} marker(s)', result.count), 3000);
    }),

    vscode.commands.registerCommand('workreport.draftNextYear', async () => {
      const editor = activeReport();
      if (!editor) return;
      const draft = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Drafting next year’s report…') },
        () => client.sendRequest(DraftNextYearRequest, { uri: editor.document.uri.toString() }),
      );
      if (!draft) {
        void vscode.window.showWarningMessage(t('This document is not a work report; no draft was made'));
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'workreport', content: draft.text });
      // Beside the source: the clerk writes the review while reading this year's report.
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    }),

    vscode.commands.registerCommand('workreport.showStats', async (uri?: string) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!target) return;
      const stats = await client.sendRequest(StatsRequest, { uri: target });
      if (!stats) return;
      const lines = stats.reports.map((r) => t('{0}: {1} chars, {2} parts, {3} numbered headings', r.title || t('(untitled)'), r.words, r.parts, r.sections));
      void vscode.window.showInformationMessage(t('{0} characters in all. {1}', stats.words, lines.join(t('; '))));
    }),

    vscode.commands.registerCommand('workreport.showOutput', () => output.show()),
    vscode.commands.registerCommand('workreport.toggleEnable', toggleChecks),
    vscode.commands.registerCommand('workreport.restartServer', () => restart(client, output)),
  );
}

/** The Node client's restart waits for a debugger's port to be freed; the browser's client has no restart of its own. */
function restartClient(client: BaseLanguageClient): Promise<void> {
  const own = (client as { restart?: () => Promise<void> }).restart;
  return own ? own.call(client) : client.stop().then(() => client.start());
}

/** 工作报告：重启语言服务: a fresh server process or worker (settings, config files and documents read anew). */
async function restart(client: BaseLanguageClient, output: vscode.OutputChannel): Promise<void> {
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Restarting the Work Report language server…') }, () => restartClient(client));
    void vscode.window.setStatusBarMessage(t('The Work Report language server was restarted'), 3000);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(t('Work Report failed to start: {0}', message), t('Show log'))
      .then((choice) => { if (choice) output.show(); });
  }
}
