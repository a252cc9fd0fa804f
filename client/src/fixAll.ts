import * as vscode from 'vscode';
import { isEnabled } from './enable';
import { t } from './l10n';

/** The server's fix-all kind (server/src/lsp/codeActions/fixAll.ts). */
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('workreport');

/**
 * 工作报告：修复全部问题: the source.fixAll.workreport action of the active report, applied as one edit, the
 * same as fix-all on save: only the fixes that are certainly right (docs/rules.md **[all]**).
 */
export async function fixAllInActiveReport(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage(t('Open a work report first'));
    return;
  }
  const { document } = editor;
  if (!isEnabled(document.uri)) {
    void vscode.window.showWarningMessage(t('Checks are off here; turn them on with Work Report: Enable/Disable Checks'));
    return;
  }
  const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value);
  const fix = actions?.find((action): action is vscode.CodeAction => 'kind' in action && !!action.kind && FIX_ALL_KIND.contains(action.kind) && !!action.edit);
  if (!fix?.edit) {
    void vscode.window.setStatusBarMessage(t('No problem here can be fixed automatically'), 4000);
    return;
  }
  const applied = await vscode.workspace.applyEdit(fix.edit);
  void vscode.window.setStatusBarMessage(applied ? t('Fixed every problem that can be fixed automatically') : t('The fixes were not applied: the document changed'), 4000);
}
