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
  provide({ served, start }) {
    const { report, settings } = served;
    const line = report.lines.lineAt(start);
    const node = walk(report.reports).find((candidate) => candidate.marker && report.lines.lineAt(candidate.marker.start) === line);
    const edits = node ? followingEdits(node) : [];
    if (edits.length === 0) return [];
    return [{ title: settings.tr(msg('Renumber the following siblings')), kind: lsp.CodeActionKind.QuickFix, edit: toWorkspaceEdit(served.document, edits) }];
  },
};
