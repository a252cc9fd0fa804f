// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { fixText } from '../../core/features/check';
import { msg } from '../../core/l10n/message';
import { minimalEdit } from '../../core/text/diff';
import { toWorkspaceEdit } from '../convert';
import type { CodeActionProvider } from './provider';

/** The kind editor.codeActionsOnSave asks for (or source.fixAll, which includes it). */
export const FIX_ALL_KIND = `${lsp.CodeActionKind.SourceFixAll}.workreport`;

/** Every fix that is certainly right, applied as one edit covering only what changed. */
export const fixAll: CodeActionProvider = {
  kind: FIX_ALL_KIND,
  onlyWhenAsked: true,
  provide({ report }) {
    const text = report.document.getText();
    const fixed = fixText(text, report.settings.config);
    if (fixed.text === text) return [];
    return [{ title: report.settings.tr(msg('Fix all auto-fixable problems')), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(report.document, [minimalEdit(text, fixed.text)]) }];
  },
};
