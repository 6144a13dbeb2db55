import type { CatalogMatchMethod } from '../../domain/catalog';

/** CatalogItem // 指导目录事项: one item version of a guiding catalog (issue 17 §1). */
export interface CatalogItemModel {
  id: string;
  catalog: string;
  code: string | null;
  name: string;
  subName: string | null;
  category: string;
  rawCategory: string | null;
  levels: string[];
  levelText: string | null;
  exercisedBy: string | null;
  undertakenBy: string | null;
  basisText: string | null;
  sourceFile: string | null;
  sourceSheet: string | null;
  sourceRow: number | null;
  validFrom: string | null;
  validTo: string | null;
}

/** ConformanceStatus // 符合情况 */
export const CONFORMANCE_STATUSES = ['MATCHED', 'DEVIATING', 'MISSING', 'EXTRA', 'LEVEL_MISMATCH'] as const;
export type ConformanceStatus = (typeof CONFORMANCE_STATUSES)[number];

/** One row of a conformance: a list row, a catalog item, or both, and what links them. */
export interface ConformanceRowModel {
  status: ConformanceStatus;
  organizationId: string;
  organizationName: string;
  catalog: string;
  /** The level or levels (CatalogLevel) the catalogs govern the organization at, joined by 、. */
  level: string;
  powerId: string | null;
  powerName: string | null;
  itemId: string | null;
  itemName: string | null;
  method: CatalogMatchMethod | null;
  score: number | null;
  /** The finding's explanation (null for a row that matches without deviation). */
  explanation: string | null;
  explanationEn: string | null;
}

export interface ConformanceCountsModel {
  /** Catalog items of the organizations' levels. */
  catalogItems: number;
  /** List rows matched to an item of their level (deviating ones included). */
  matched: number;
  /** Items of their level no row matches. */
  missing: number;
  /** Rows matched to no item of their level (NOT_IN_CATALOG and LEVEL_MISMATCH). */
  extra: number;
  /** Matched rows whose category or laws differ from the item's. */
  deviating: number;
  /** Of extra: rows whose item the catalog gives only to another level. */
  levelMismatch: number;
}

/** CatalogConformance // 指导目录符合情况 */
export interface CatalogConformanceModel {
  asOf: string;
  organizationIds: string[];
  divisionCode: string | null;
  /** Each organization with the catalogs governing it. */
  governed: CatalogAssignmentModel[];
  counts: ConformanceCountsModel;
  rows: ConformanceRowModel[];
}

/** A catalog governing an organization at a level, with its number of items of that level. */
export interface CatalogAssignmentModel {
  organizationId: string;
  catalog: string;
  level: string;
  items: number;
}
