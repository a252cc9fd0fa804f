import { draftNextYear as draft } from '../../core/features/draftNextYear';
import type { DraftNextYearParams, DraftNextYearResult } from '../../protocol';
import type { RequestHandler } from '../context';

/** workreport/draftNextYear: next year's report drafted from this one. */
export const draftNextYear: RequestHandler<DraftNextYearParams | null, DraftNextYearResult | null> = async (params, context, token) => {
  const served = await context.served(params?.uri, token);
  if (!served) return null;
  return draft(served.report, served.settings.config.sessionYear);
};
