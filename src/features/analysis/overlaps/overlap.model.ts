import type { Connection } from '../../../shared/pagination';
import type { PowerCategoryValue } from '../../power/power.model';

/** OverlapKind // 重叠类型 (issue 5), in the order overlaps are listed. */
export const OVERLAP_KINDS = [
  'SAME_POWER',
  'SAME_PROVISION',
  'SIMILAR_NAME',
  'DUAL_ENFORCEMENT',
  'WHISTLE_MULTI_LEAD',
] as const;
export type OverlapKindValue = (typeof OVERLAP_KINDS)[number];

/** Overlap // 职责重叠: one fact, with the ids of its evidence and a reviewer's explanation. */
export interface OverlapModel {
  /** Stable across runs for the same fact: hash of the kind and the identities involved. */
  id: string;
  kind: OverlapKindValue;
  /** The power category the overlap is about; null for WHISTLE_MULTI_LEAD. */
  category: PowerCategoryValue | null;
  /**
   * The division (government) the overlap was found in: SAME_POWER, SAME_PROVISION and
   * SIMILAR_NAME compare organizations of one division only; DUAL_ENFORCEMENT is the township's;
   * WHISTLE_MULTI_LEAD the one its leads share. Null: organizations with no known division, or
   * leads of different divisions.
   */
  divisionCode: string | null;
  organizationIds: string[];
  powerIds: string[];
  provisionId: string | null;
  enforcementItemIds: string[];
  whistleMatterIds: string[];
  /** What the organization and division filters match: `organizationIds`, plus the departments handing over (DUAL_ENFORCEMENT). */
  involvedOrganizationIds: string[];
  score: number;
  explanation: string;
  explanationEn: string;
  /** The date the overlap was computed for. */
  asOf: string;
}

export interface OverlapFilterModel {
  kinds: readonly OverlapKindValue[];
  organizationIds: readonly string[] | null;
  divisionCode: string | null;
  categories: readonly PowerCategoryValue[] | null;
}

/** Settings of the analysis (src/config.ts ANALYSIS_*). */
export interface OverlapSettings {
  proceduralLaws: readonly string[];
  similarity: number;
}

export type OverlapConnectionModel = Connection<OverlapModel>;

/** An organization holding a power item (or citing an article) and its rows. */
export interface HolderRow {
  id: string;
  name: string;
  powerIds: string[];
  powerNames: string[];
}
