import type { Rule } from '../lint/types';
import { placeholdersIn } from '../parse/placeholder';
import { msg } from '../l10n/message';

/**
 * The places left to write: every 【待补充：…】 (parse/placeholder.ts), as the next-year draft leaves them. A hint,
 * not a fault: a draft is meant to have them, and the list (the Problems panel, `workreport check`) is the
 * author's to-do list. Other rules read a paragraph or heading that is only a placeholder as text to come.
 */
export const placeholderRule: Rule = {
  id: 'placeholder',
  defaultLevel: 'hint',
  category: 'structure',
  fix: 'none',
  description: msg("A placeholder 【待补充：…】 still to be written"),
  check(ctx) {
    for (const p of placeholdersIn(ctx.doc.text)) {
      ctx.report({ start: p.start, end: p.end, message: msg("To be written: {0}", p.what) });
    }
  },
};
