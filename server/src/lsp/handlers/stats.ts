import { documentStats } from '../../core/features/stats';
import type { StatsParams, StatsResult } from '../../protocol';
import type { RequestHandler } from '../context';

/** workreport/stats: 字数 and headings of the document and of each report in it. */
export const stats: RequestHandler<StatsParams | null, StatsResult | null> = async (params, context, token) => {
  const report = await context.openReport(params?.uri, token);
  if (!report) return null;
  return documentStats(report.model, report.wordCounter);
};
