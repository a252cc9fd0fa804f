import * as vscode from 'vscode';
import { vsdiag, type Middleware } from 'vscode-languageclient';
import { t } from './l10n';
import { toggleEnable, type SettingLevel } from './toggleTarget';

/** workreport.enable for a resource (folder settings can differ in a multi-root workspace). */
export function isEnabled(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('workreport', uri).get<boolean>('enable', true) !== false;
}

/**
 * workreport.enable, kept by the client: a disabled resource shows no problems and offers no quick fix or
 * fix-all (source.fixAll.workreport on save included), while the outline, 字数 and the commands keep working.
 * The server re-checks when the setting changes (it is in the synchronized section), so the client pulls
 * again and these hooks see the new value.
 */
export const enableMiddleware: Middleware = {
  handleDiagnostics: (uri, diagnostics, next) => next(uri, isEnabled(uri) ? diagnostics : []),
  provideDiagnostics: (document, previousResultId, token, next) => {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    if (!isEnabled(uri)) return { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] };
    return next(document, previousResultId, token);
  },
  provideCodeActions: (document, range, context, token, next) => (isEnabled(document.uri) ? next(document, range, context, token) : []),
};

const TARGETS: Record<SettingLevel, vscode.ConfigurationTarget> = {
  workspaceFolder: vscode.ConfigurationTarget.WorkspaceFolder,
  workspace: vscode.ConfigurationTarget.Workspace,
  global: vscode.ConfigurationTarget.Global,
};

/** 工作报告：启用/停用检查 for the active document's folder (see toggleEnable for where it writes). */
export async function toggleChecks(): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration('workreport', uri);
  const { level, value } = toggleEnable(config.inspect<boolean>('enable'), vscode.workspace.workspaceFolders !== undefined);
  await config.update('enable', value, TARGETS[level]);
  const where = level === 'global' ? t('user settings') : level === 'workspace' ? t('workspace settings') : t('folder settings');
  void vscode.window.setStatusBarMessage(value ? t('Work Report checks on ({0})', where) : t('Work Report checks off ({0})', where), 4000);
}
