import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageclient';
import type { SilenceRuleArgs } from '../../server/src/clientCommands';
import { fileKey } from '../../server/src/core/config/fileSections';
import { CONFIG_FILE_NAME } from '../../server/src/core/config/fileName';
import { minimalEdit } from '../../server/src/core/text/diff';
import { ConfigFileFinder } from './configFile';
import { overridingEntries, setOff, silenceForFile, type EditResult } from './configFileEdit';
import { t } from './l10n';


/**
 * 关闭此规则（本文件 / 工作区）, run from the server's quick action (docs/rules.md, "Silencing a rule"). The
 * report's text is never touched: "本文件" writes the rule as "off" in the "files" section of the
 * .workreportrc.json that applies to the report (made in the workspace folder when there is none), keyed by
 * the report's path, so the command line reads it too; "工作区" writes it in the workspace's workreport.rules.
 */
export class RuleSilencer implements vscode.Disposable {
  private readonly finder = new ConfigFileFinder();

  constructor(private readonly client: BaseLanguageClient) {}

  async run(args: unknown): Promise<void> {
    if (!isSilenceArgs(args)) return;
    const report = vscode.Uri.parse(args.uri);
    const configFile = args.configFile ? vscode.Uri.parse(args.configFile) : await this.finder.nearest(report);
    if (args.scope === 'file') await this.forFile(report, args.ruleId, configFile);
    else await this.forWorkspace(report, args.ruleId, configFile);
  }

  private async forFile(report: vscode.Uri, ruleId: string, existing: vscode.Uri | undefined): Promise<void> {
    const configFile = existing ?? newConfigFile(report);
    const key = fileKey(configFile.toString(), report.toString());
    if (key === undefined) return;
    const edited = await this.edit(configFile, (text) => silenceForFile(text ?? newConfigText(), key, ruleId));
    if (edited === 'saved') void vscode.window.setStatusBarMessage(t('{0} is off for {1} (in {2})', ruleId, key, vscode.workspace.asRelativePath(configFile)), 5000);
    if (edited === 'unsaved') void vscode.window.showInformationMessage(t('{0} has unsaved changes: the rule is off once you save it', vscode.workspace.asRelativePath(configFile)));
  }

  private async forWorkspace(report: vscode.Uri, ruleId: string, configFile: vscode.Uri | undefined): Promise<void> {
    const settings = vscode.workspace.getConfiguration('workreport', report);
    const inspected = settings.inspect<Record<string, string>>('rules');
    // The most specific level that names the rule wins: write there, else in the workspace (the user's
    // settings when no folder is open, where there is no workspace to write to).
    const target = inspected?.workspaceFolderValue?.[ruleId] !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
      : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const current = target === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue
      : target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
    await settings.update('rules', { ...current, [ruleId]: 'off' }, target);
    let where = target === vscode.ConfigurationTarget.Global ? t('user settings') : t('workspace settings');
    // A .workreportrc.json wins over settings: where it sets the rule, the setting alone would change nothing.
    if (configFile) {
      const key = fileKey(configFile.toString(), report.toString());
      const edited = await this.edit(configFile, (text) => {
        const entries = text === undefined ? [] : overridingEntries(text, key, ruleId);
        return entries.length > 0 ? setOff(text!, entries) : undefined;
      });
      if (edited) where = t('{0} and {1}', where, vscode.workspace.asRelativePath(configFile));
    }
    void vscode.window.setStatusBarMessage(t('{0} is off in this workspace ({1})', ruleId, where), 5000);
  }

  /**
   * Edits the file and tells the server at once: a file made outside the workspace's folders is seen by no
   * file watcher.
   */
  private async edit(file: vscode.Uri, change: (text: string | undefined) => EditResult | undefined): Promise<Edited> {
    const edited = await editConfigFile(file, change);
    if (edited === 'saved') await this.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: this.client.code2ProtocolConverter.asUri(file), type: FileChangeType.Changed }] });
    return edited;
  }

  dispose(): void {
    this.finder.dispose();
  }
}

/** What became of an edit of the config file: saved, changed in an editor that had unsaved changes, or nothing. */
type Edited = 'saved' | 'unsaved' | undefined;

/**
 * Applies `edit` to the file's current text (the editor's, unsaved changes included, when it is open) and
 * saves it, so that the language server and the command line read the change. True when the file changed.
 * A file that cannot be edited safely is shown to the author with the reason, and left as it is.
 */
async function editConfigFile(file: vscode.Uri, edit: (text: string | undefined) => EditResult | undefined): Promise<Edited> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === file.toString());
  const before = open ? open.getText() : await readText(file);
  const result = edit(before);
  if (!result) return undefined;
  if ('problem' in result) {
    const reason = result.problem === 'syntax' ? t('{0} has a syntax error; fix it first', CONFIG_FILE_NAME) : t('{0} holds something other than an object where the rule goes', CONFIG_FILE_NAME);
    const choice = await vscode.window.showErrorMessage(t('The rule was not turned off: {0}', reason), t('Open {0}', CONFIG_FILE_NAME));
    if (choice) await showAt(file, result.offset);
    return undefined;
  }
  if (result.text === before) return undefined;
  if (open && before !== undefined) {
    const wasDirty = open.isDirty;
    const change = minimalEdit(before, result.text);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(file, new vscode.Range(open.positionAt(change.start), open.positionAt(change.end)), change.newText);
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) return undefined;
    // Unsaved changes of the author's own are the author's to save.
    if (wasDirty) return 'unsaved';
    return (await open.save()) ? 'saved' : 'unsaved';
  }
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
  return 'saved';
}

async function readText(file: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch {
    return undefined;
  }
}

async function showAt(file: vscode.Uri, offset: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(file);
  const position = document.positionAt(offset);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}

/** Where a first .workreportrc.json goes: the report's workspace folder, else the report's own folder. */
function newConfigFile(report: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(report)?.uri ?? vscode.Uri.joinPath(report, '..');
  return vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
}

function newConfigText(): string {
  return `// ${t('Work Report settings (docs/rules.md). "files": rules of single reports, by their path from this folder.')}\n{}\n`;
}

function isSilenceArgs(value: unknown): value is SilenceRuleArgs {
  if (typeof value !== 'object' || value === null) return false;
  const args = value as Partial<Record<keyof SilenceRuleArgs, unknown>>;
  return typeof args.uri === 'string' && typeof args.ruleId === 'string' && /^[a-z][a-z0-9-]*$/.test(args.ruleId) && (args.scope === 'file' || args.scope === 'workspace')
    && (args.configFile === undefined || typeof args.configFile === 'string');
}
