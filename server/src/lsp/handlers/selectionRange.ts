import type { SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import { selectionSpans } from '../../core/features/selection';
import { toRange } from '../convert';
import type { RequestHandler } from '../context';

/** Smart select: sentence, paragraph, then each enclosing node up to the report. */
export const selectionRange: RequestHandler<SelectionRangeParams, SelectionRange[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report || !Array.isArray(params.positions)) return null;
  const { document, model } = report;
  return params.positions.map((position) => {
    const spans = selectionSpans(model, document.offsetAt(position));
    // LSP nests outward through `parent`: build from the outermost span in.
    let range: SelectionRange | undefined;
    for (let i = spans.length - 1; i >= 0; i--) range = { range: toRange(document, spans[i]), parent: range };
    return range ?? { range: { start: position, end: position } };
  });
};
