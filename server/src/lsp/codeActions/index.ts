import { ruleFixes } from './ruleFixes';
import { disableNextLine } from './disableNextLine';
import { renumberFollowing } from './renumberFollowing';
import { fixAll } from './fixAll';
import { silenceRule } from './silenceRule';
import { ruleDoc } from './ruleDoc';
import type { CodeActionProvider } from './provider';

/** Every code action the server offers, in the order the light bulb lists them. A new action is one more entry. */
export const CODE_ACTION_PROVIDERS: readonly CodeActionProvider[] = [ruleFixes, renumberFollowing, disableNextLine, silenceRule, ruleDoc, fixAll];

export { FIX_ALL_KIND, fixAllEdit } from './fixAll';
export { CodeActionRequest, type CodeActionProvider } from './provider';
