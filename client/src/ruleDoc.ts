import * as vscode from 'vscode';
import { ruleHeadings } from './ruleHeadings';
import { t } from './l10n';

/**
 * 查看规则说明: the rule's section of docs/rules.md as the extension ships it, so it reads offline and on an
 * intranet. Markdown's preview scrolls to the heading's anchor (### rule-id has the anchor rule-id); where
 * that preview is missing, the file opens in an editor at the heading. Without a rule (from the command
 * palette) the author picks one.
 */
export async function showRuleDoc(extensionUri: vscode.Uri, ruleId: unknown): Promise<void> {
  const docs = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(docs));
  } catch {
    void vscode.window.showErrorMessage(t('The rules documentation is missing from the extension ({0})', docs.toString(true)));
    return;
  }
  const headings = ruleHeadings(text);
  let heading = headings.find((candidate) => candidate.id === ruleId);
  if (!heading) {
    const picked = await vscode.window.showQuickPick(headings.map((h) => ({ label: h.id, description: h.title, heading: h })), { placeHolder: t('Which rule?'), matchOnDescription: true });
    if (!picked) return;
    heading = picked.heading;
  }
  // Markdown's built-in extension registers the command once it starts; running it starts the extension.
  if (vscode.extensions.getExtension('vscode.markdown-language-features')) {
    await vscode.commands.executeCommand('markdown.showPreview', docs.with({ fragment: heading.id }));
    return;
  }
  const document = await vscode.workspace.openTextDocument(docs);
  const at = new vscode.Position(heading.line, 0);
  const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: true });
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
}
