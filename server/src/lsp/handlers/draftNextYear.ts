import { draftNextYear as draft } from '../../core/features/draftNextYear';
import type { DraftNextYearParams, DraftNextYearResult } from '../../protocol';
import type { RequestHandler } from '../context';

/** workreport/draftNextYear: next year's report drafted from this one. */
export const draftNextYear: RequestHandler<DraftNextYearParams | null, DraftNextYearResult | null> = async (params, context, token) => {
  const report = await context.openReport(params?.uri, token);
  if (!report) return null;
  return draft(report.model, report.settings.config.sessionYear);
};
