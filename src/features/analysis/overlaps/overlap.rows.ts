import { type Check, list, map, nullable, num, oneOf, str } from '../../../db/row-check';
import { POWER_CATEGORIES } from '../../../domain/categories';
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

// Each statement's rows checked at the boundary (db/row-check.ts: the analysis's hot path).
const category: Check<PowerCategoryValue> = oneOf(POWER_CATEGORIES);
const inDivision = { divisionCode: nullable(str), divisionName: nullable(str) };
const holder = { id: str, name: str, powerIds: list(str), powerNames: list(str) };

export const SAME_POWER_ROW: Check<SamePowerRow> = map({
  ...inDivision,
  itemKey: str,
  itemName: str,
  category,
  holders: list(map(holder)),
});

export const SAME_PROVISION_ROW: Check<SameProvisionRow> = map({
  ...inDivision,
  lawId: str,
  lawName: str,
  article: num,
  suffix: num,
  category,
  holders: list(
    map({
      ...holder,
      provisions: list(map({ id: str, paragraph: nullable(num), item: nullable(num), publishDate: nullable(str) })),
    }),
  ),
});

export const UNVERSIONED_CITATION_ROW: Check<UnversionedCitationRow> = map({
  ...inDivision,
  powerId: str,
  powerName: str,
  category,
  lawId: str,
  lawName: str,
  article: num,
  suffix: num,
  holders: list(map({ id: str, name: str })),
});

export const ITEM_KEYS_ROW: Check<ItemKeysRow> = map({
  divisionCode: nullable(str),
  category,
  itemKeys: list(str),
  holderIds: list(list(str)),
});

/** The same columns as SAME_POWER's rows (an item and its holders). */
export const ITEM_HOLDERS_ROW: Check<ItemHoldersRow> = SAME_POWER_ROW;

export const DUAL_ENFORCEMENT_ROW: Check<DualEnforcementRow> = map({
  ...inDivision,
  organizationId: str,
  organizationName: str,
  level: str,
  itemKey: str,
  itemName: str,
  category,
  handOvers: list(map({ id: str, name: str, fromId: str, fromName: str, mode: str, powerId: nullable(str) })),
  ownPowerIds: list(str),
});

export const WHISTLE_MULTI_LEAD_ROW: Check<WhistleMultiLeadRow> = map({
  matterId: str,
  matterName: str,
  leads: list(map({ id: str, name: str, ...inDivision })),
  powerIds: list(str),
});

/** Every statement's rows for one set of partitions. */
export interface OverlapRows {
  samePower: SamePowerRow[];
  sameProvision: SameProvisionRow[];
  sameProvisionUnversioned: UnversionedCitationRow[];
  similarNameItems: ItemHoldersRow[];
  dualEnforcement: DualEnforcementRow[];
  whistleMultiLead: WhistleMultiLeadRow[];
}
