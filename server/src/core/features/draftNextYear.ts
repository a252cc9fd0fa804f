/** Next year's draft: see features/draft/draft.ts. */
export { draftNextYear, type NextYearDraft } from './draft/draft';
export { ASK as PLACEHOLDER } from './draft/placeholders';
