import type { Connection } from '../../shared/pagination';

/** WhistleMatter // 吹哨事项 ("街道吹哨、部门报到"), ADR 0001. */
export interface WhistleMatterModel {
  id: string;
  name: string;
  kind: string | null;
  urgency: string | null;
  responseLimitMinutes: number | null;
  closeLimitDays: number | null;
  streetDuty: string | null;
  remarks: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** The date the row was read for: which versions of the needed powers `neededPowerIds` are. */
  asOf: string;
  whistledByIds: string[];
  leadIds: string[];
  cooperatingIds: string[];
  neededPowerIds: string[];
}

export type WhistleMatterConnectionModel = Connection<WhistleMatterModel>;

export interface WhistleMatterFilterModel {
  nameContains: string | null;
  leadId: string | null;
  whistledById: string | null;
}

/** The only organization-side connection of whistle matters: those an organization leads. */
export type WhistleSide = 'LEAD';
