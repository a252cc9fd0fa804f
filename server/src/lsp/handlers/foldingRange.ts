import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { foldingRegions } from '../../core/features/folding';
import type { RequestHandler } from '../context';

/** Every node that spans lines folds. */
export const foldingRange: RequestHandler<FoldingRangeParams, FoldingRange[] | null> = async (params, context, token) => {
  const served = await context.served(params.textDocument?.uri, token);
  if (!served) return null;
  return foldingRegions(served.report).map((region) => ({ startLine: region.startLine, endLine: region.endLine }));
};
