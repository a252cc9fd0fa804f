import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../../server/src/core/config/fileName';

/**
 * The .workreportrc.json nearest a document, looked up the way the server and the CLI look it up: in the
 * document's folder, then each folder above it, for files on disk only. Answers are kept per folder until a
 * config file is created or deleted in the workspace, or the author switches editors (a file outside the
 * workspace is not watched).
 */
export class ConfigFileFinder implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`, false, true, false);
    const forget = () => this.byFolder.clear();
    this.disposables.push(watcher, watcher.onDidCreate(forget), watcher.onDidDelete(forget), vscode.window.onDidChangeActiveTextEditor(forget));
  }

  nearest(document: vscode.Uri): Promise<vscode.Uri | undefined> {
    return document.scheme === 'file' ? this.inFolder(vscode.Uri.joinPath(document, '..')) : Promise.resolve(undefined);
  }

  private inFolder(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    const key = folder.toString();
    let found = this.byFolder.get(key);
    if (!found) {
      found = (async () => {
        const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
        try {
          if ((await vscode.workspace.fs.stat(candidate)).type & vscode.FileType.File) return candidate;
        } catch {
          // none here: look further up
        }
        const parent = vscode.Uri.joinPath(folder, '..');
        return parent.path === folder.path ? undefined : this.inFolder(parent);
      })();
      this.byFolder.set(key, found);
    }
    return found;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
