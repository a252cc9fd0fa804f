import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { foldingRegions } from '../../core/features/folding';
import type { RequestHandler } from '../context';

/** Every node that spans lines folds. */
export const foldingRange: RequestHandler<FoldingRangeParams, FoldingRange[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report) return null;
  return foldingRegions(report.model).map((region) => ({ startLine: region.startLine, endLine: region.endLine }));
};
