import { documentStats } from '../../core/features/stats';
import { profileFor } from '../../core/config/config';
import type { StatsParams, StatsResult } from '../../protocol';
import type { RequestHandler } from '../context';

/**
 * workreport/stats: 字数 and headings of the document and of each report in it, and what each report is checked
 * against (profile, session year, the .workreportrc.json that applies) for the language status item.
 */
export const stats: RequestHandler<StatsParams | null, StatsResult | null> = async (params, context, token) => {
  const report = await context.openReport(params?.uri, token);
  if (!report) return null;
  const { config, configFile } = report.settings;
  const counted = documentStats(report.model, report.wordCounter);
  return {
    ...counted,
    reports: counted.reports.map((stats, i) => {
      const model = report.model.reports[i];
      return { ...stats, profile: profileFor(config, model.kind).id, sessionYear: config.sessionYear ?? model.sessionYear };
    }),
    configFile: configFile?.uri ?? null,
  };
};
