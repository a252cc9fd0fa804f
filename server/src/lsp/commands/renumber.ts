import type { Range } from 'vscode-languageserver';
import { msg } from '../../core/l10n/message';
import { renumberDocument } from '../../core/parse/renumber';
import { toWorkspaceEdit } from '../convert';
import type { CommandHandler } from './command';

export interface RenumberResult {
  readonly applied: boolean;
  /** Markers rewritten. */
  readonly count: number;
}

/**
 * 工作报告：重新编号, arguments [uri, range?]: every run of markers in the selection (the whole document when
 * nothing is selected) numbered from its first, applied through workspace/applyEdit.
 */
export const renumber: CommandHandler<RenumberResult> = async ([uri, range], context, token) => {
  const report = await context.openReport(uri, token);
  if (!report || (range !== undefined && range !== null && !isRange(range))) return { applied: false, count: 0 };
  const { document } = report;
  const selected = isRange(range) && (range.start.line !== range.end.line || range.start.character !== range.end.character);
  const edits = selected ? renumberDocument(report.model.reports, document.offsetAt(range.start), document.offsetAt(range.end)) : renumberDocument(report.model.reports);
  if (edits.length === 0) return { applied: true, count: 0 };
  const result = await context.connection.workspace.applyEdit({ label: report.settings.tr(msg('Renumber')), edit: toWorkspaceEdit(document, edits) });
  return { applied: result.applied, count: edits.length };
};

/** Whether an argument from the client is an LSP range (a hostile or broken client may send anything). */
function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && isPosition((value as Range).start) && isPosition((value as Range).end);
}

function isPosition(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return typeof line === 'number' && typeof character === 'number';
}
