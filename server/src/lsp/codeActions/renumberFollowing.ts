// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { msg } from '../../core/l10n/message';
import { renumberFollowing as followingEdits } from '../../core/parse/renumber';
import { walk } from '../../core/parse/tree';
import { toWorkspaceEdit } from '../convert';
import type { CodeActionProvider } from './provider';

/** 后续编号顺延: on a heading inserted mid-run, its later siblings move up by one. */
export const renumberFollowing: CodeActionProvider = {
  kind: lsp.CodeActionKind.QuickFix,
  provide({ report, start }) {
    const { model, settings } = report;
    const line = model.lines.lineAt(start);
    const node = walk(model.reports).find((candidate) => candidate.marker && model.lines.lineAt(candidate.marker.start) === line);
    const edits = node ? followingEdits(node) : [];
    if (edits.length === 0) return [];
    return [{ title: settings.tr(msg('Renumber the following siblings')), kind: lsp.CodeActionKind.QuickFix, edit: toWorkspaceEdit(report.document, edits) }];
  },
};
