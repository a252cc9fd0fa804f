import type { TextEdit as LspTextEdit } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { fixText } from '../../core/features/check';
import { msg } from '../../core/l10n/message';
import { minimalEdit } from '../../core/text/diff';
import { toTextEdit } from '../convert';
import type { OpenReport } from '../documentStore';
import type { CodeActionProvider } from './provider';

/** The kind editor.codeActionsOnSave asks for (or source.fixAll, which includes it). */
export const FIX_ALL_KIND = `${lsp.CodeActionKind.SourceFixAll}.workreport`;

/**
 * Every fix that is certainly right, as one edit covering only what changed; none when nothing is to fix.
 * Fix-all, 工作报告：修复全部问题 and Format Document all make this one edit.
 */
export function fixAllEdit(report: OpenReport): LspTextEdit | undefined {
  const text = report.document.getText();
  const fixed = fixText(text, report.settings.config);
  return fixed.text === text ? undefined : toTextEdit(report.document, minimalEdit(text, fixed.text));
}

export const fixAll: CodeActionProvider = {
  kind: FIX_ALL_KIND,
  onlyWhenAsked: true,
  provide({ report }) {
    const edit = fixAllEdit(report);
    if (!edit) return [];
    return [{ title: report.settings.tr(msg('Fix all auto-fixable problems')), kind: FIX_ALL_KIND, edit: { changes: { [report.document.uri]: [edit] } } }];
  },
};
