import type { PartRole, ProfileId } from '../parse/model';

/** A report kind: the parts it must have and how its closing addresses the session. */
export interface Profile {
  readonly id: string;
  readonly name: { zh: string; en: string };
  /** Parts that `required-part` insists on, in order. */
  readonly required: readonly PartRole[];
  /** The form of address in the closing: 各位代表 / 各位委员. */
  readonly salutation: string;
}

const both: PartRole[] = ['review', 'plan'];

export const BUILTIN_PROFILES: Readonly<Record<ProfileId, Profile>> = {
  npc: { id: 'npc', name: { zh: '人大常委会工作报告', en: "People's congress standing committee report" }, required: both, salutation: '各位代表' },
  cppcc: { id: 'cppcc', name: { zh: '政协常委会工作报告', en: 'CPPCC standing committee report' }, required: both, salutation: '各位委员' },
  government: { id: 'government', name: { zh: '政府工作报告', en: 'Government work report' }, required: both, salutation: '各位代表' },
  court: { id: 'court', name: { zh: '法院工作报告', en: 'Court work report' }, required: both, salutation: '各位代表' },
  procuratorate: { id: 'procuratorate', name: { zh: '检察院工作报告', en: 'Procuratorate work report' }, required: both, salutation: '各位代表' },
  generic: { id: 'generic', name: { zh: '工作报告', en: 'Work report' }, required: both, salutation: '各位代表' },
};

export const PART_NAMES: Readonly<Record<PartRole, { zh: string; en: string }>> = {
  review: { zh: '工作回顾', en: 'review' },
  shortcomings: { zh: '差距与不足', en: 'shortcomings' },
  plan: { zh: '工作设想', en: 'plan' },
  closing: { zh: '结束语', en: 'closing' },
  other: { zh: '其他', en: 'other' },
};
