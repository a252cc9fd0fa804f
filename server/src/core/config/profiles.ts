import type { PartRole, ProfileId } from '../parse/model';
import { msg, type Message } from '../l10n/message';

/** A report kind: the parts it must have and how its closing addresses the session. */
export interface Profile {
  readonly id: string;
  readonly name: Message;
  /** Parts that `required-part` insists on, in order. */
  readonly required: readonly PartRole[];
  /** The form of address in the closing: 各位代表 / 各位委员. */
  readonly salutation: string;
}

const both: PartRole[] = ['review', 'plan'];

export const BUILTIN_PROFILES: Readonly<Record<ProfileId, Profile>> = {
  npc: { id: 'npc', name: msg("People's congress standing committee report"), required: both, salutation: '各位代表' },
  cppcc: { id: 'cppcc', name: msg("CPPCC standing committee report"), required: both, salutation: '各位委员' },
  government: { id: 'government', name: msg("Government work report"), required: both, salutation: '各位代表' },
  court: { id: 'court', name: msg("Court work report"), required: both, salutation: '各位代表' },
  procuratorate: { id: 'procuratorate', name: msg("Procuratorate work report"), required: both, salutation: '各位代表' },
  generic: { id: 'generic', name: msg("Work report"), required: both, salutation: '各位代表' },
};

/** Each role's name as users read it: in messages, the Outline's detail and the CLI's text outline. */
export const PART_NAMES: Readonly<Record<PartRole, Message>> = {
  review: msg("review"),
  'five-year': msg("five-year"),
  goals: msg("goals"),
  plan: msg("plan"),
  'self-building': msg("self-building"),
  shortcomings: msg("shortcomings"),
  closing: msg("closing"),
  appendix: msg("appendix"),
  other: msg("other"),
};
