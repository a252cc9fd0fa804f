import { documentStats } from '../../core/features/stats';
import type { StatsParams, StatsResult } from '../../protocol';
import type { RequestHandler } from '../context';

/** workreport/stats: 字数 and headings of the document and of each report in it. */
export const stats: RequestHandler<StatsParams | null, StatsResult | null> = async (params, context, token) => {
  const served = await context.served(params?.uri, token);
  if (!served) return null;
  return documentStats(served.report, served.wordCounter);
};
