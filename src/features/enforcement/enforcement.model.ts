import type { Connection } from '../../shared/pagination';

export const HAND_OVER_MODES = ['GRANT', 'ENTRUST', 'AUTHORIZE', 'SECONDMENT', 'JOINT', 'CONCENTRATED'] as const;
export type HandOverModeValue = (typeof HAND_OVER_MODES)[number];
export type ActingNameValue = 'SELF' | 'DELEGATOR';

/** EnforcementItem // 乡镇综合行政执法事项: one power handed over to one township (ADR 0001). */
export interface EnforcementItemModel {
  id: string;
  name: string;
  originalCode: string | null;
  rawMode: string;
  mode: HandOverModeValue;
  actsInNameOf: ActingNameValue;
  decisionDocNo: string | null;
  published: boolean;
  validFrom: string | null;
  validTo: string | null;
  evaluationDue: string | null;
  status: string;
  /** The date the row was read for: which version of the handed-over power `powerId` is. */
  asOf: string;
  powerId: string | null;
  fromId: string | null;
  toId: string | null;
}

export type EnforcementItemConnectionModel = Connection<EnforcementItemModel>;

export interface EnforcementItemFilterModel {
  fromId: string | null;
  toId: string | null;
  powerId: string | null;
  modes: HandOverModeValue[] | null;
}

/** Which end of the hand-over an organization-side connection lists. */
export type EnforcementSide = 'FROM' | 'TO';
