// Runs inside the VS Code extension host (loaded by @vscode/test-electron); the vscode module is the real API.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

async function waitFor<T>(fn: () => T | undefined | Thenable<T | undefined>, what: string, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  await vscode.workspace.getConfiguration('workreport').update('locale', 'zh-cn', vscode.ConfigurationTarget.Global);
  const example = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '示例区人大常委会工作报告.md'));
  await vscode.window.showTextDocument(example);
  assert.strictEqual(example.languageId, 'workreport');

  const symbols = await waitFor(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', example.uri), 'symbols');
  assert.strictEqual(symbols[0].name, '示例区人民代表大会常务委员会工作报告');
  assert.strictEqual(symbols[0].children.length, 2);

  const draftUri = vscode.Uri.joinPath(folder, path.basename('示例区人大常委会工作报告（初稿）.md'));
  const draft = await vscode.workspace.openTextDocument(draftUri);
  await vscode.window.showTextDocument(draft);
  const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(draft.uri).filter((d) => d.source === 'workreport'), 'diagnostics');
  const seq = diagnostics.find((d) => d.code === 'numbering-sequence' || (typeof d.code === 'object' && d.code.value === 'numbering-sequence'))!;
  assert.strictEqual(seq.message, '“二、”之后应为“三、”，此处为“四、”');

  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft.uri, seq.range);
  const renumber = actions.find((a) => a.title === '重新编号本级序号')!;
  await vscode.workspace.applyEdit(renumber.edit!);
  assert.ok(draft.getText().includes('### 三、践行全过程人民民主'));
}
