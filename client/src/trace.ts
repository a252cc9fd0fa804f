import * as vscode from 'vscode';
import { t } from './l10n';

/**
 * vscode-languageclient writes the trace that workreport.trace.server asks for at the output channel's Trace
 * log level, and at no other: whoever turns the setting on is told so, once per change, with the way there.
 */
export function traceHint(output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('workreport.trace.server')) return;
    const trace = vscode.workspace.getConfiguration('workreport').get<string>('trace.server', 'off');
    if (trace === 'off' || output.logLevel === vscode.LogLevel.Trace) return;
    void vscode.window.showInformationMessage(t('The trace appears in the Work Report output once its log level is Trace.'), t('Set Log Level'))
      .then((choice) => { if (choice) void vscode.commands.executeCommand('workbench.action.setLogLevel'); });
  });
}
