import type { PowerCategoryValue } from '../../power/power.model';
import type { HolderRow } from './overlap.model';

/**
 * The rows the overlap statements return (cypher/analysis/overlap-*.cypher), one interface per
 * statement. Kept apart from the repository and the kinds so that neither imports the other.
 * 重叠查询语句返回的行。
 */

/** The division a row was grouped in: null for organizations with no known division. */
export interface InDivision {
  divisionCode: string | null;
  divisionName: string | null;
}

export interface SamePowerRow extends InDivision {
  itemKey: string;
  itemName: string;
  category: PowerCategoryValue;
  holders: HolderRow[];
}

export interface ProvisionRef {
  id: string;
  paragraph: number | null;
  item: number | null;
  publishDate: string | null;
}

export interface SameProvisionRow extends InDivision {
  lawId: string;
  lawName: string;
  article: number;
  /** 0 when the article has no suffix (第X条之一 has 1). */
  suffix: number;
  category: PowerCategoryValue;
  holders: (HolderRow & { provisions: ProvisionRef[] })[];
}

/** A row's IMPLEMENTING citation of a law and article in a version older than the catalog (CITES_LAW). */
export interface UnversionedCitationRow extends InDivision {
  powerId: string;
  powerName: string;
  category: PowerCategoryValue;
  lawId: string;
  lawName: string;
  article: number;
  /** 0 when the article has no suffix. */
  suffix: number;
  holders: { id: string; name: string }[];
}

/** SIMILAR_NAME's first step: one (division, category) with its items' keys and each item's holders' ids. */
export interface ItemKeysRow {
  divisionCode: string | null;
  category: PowerCategoryValue;
  itemKeys: string[];
  /** Parallel to itemKeys. */
  holderIds: string[][];
}

export interface ItemHoldersRow extends InDivision {
  itemKey: string;
  itemName: string;
  category: PowerCategoryValue;
  holders: HolderRow[];
}

export interface HandOverRef {
  id: string;
  name: string;
  fromId: string;
  fromName: string;
  mode: string;
  powerId: string | null;
}

export interface DualEnforcementRow extends InDivision {
  organizationId: string;
  organizationName: string;
  level: string;
  itemKey: string;
  itemName: string;
  category: PowerCategoryValue;
  handOvers: HandOverRef[];
  ownPowerIds: string[];
}

export interface WhistleLeadRef {
  id: string;
  name: string;
  divisionCode: string | null;
  divisionName: string | null;
}

export interface WhistleMultiLeadRow {
  matterId: string;
  matterName: string;
  leads: WhistleLeadRef[];
  powerIds: string[];
}

/** Every statement's rows for one set of partitions. */
export interface OverlapRows {
  samePower: SamePowerRow[];
  sameProvision: SameProvisionRow[];
  sameProvisionUnversioned: UnversionedCitationRow[];
  similarNameItems: ItemHoldersRow[];
  dualEnforcement: DualEnforcementRow[];
  whistleMultiLead: WhistleMultiLeadRow[];
}
