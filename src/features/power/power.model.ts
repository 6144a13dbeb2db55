import type { Connection } from '../../shared/pagination';

/** PowerCategory // 职权类别 */
export type PowerCategoryValue =
  | 'LICENSING'
  | 'PUNISHMENT'
  | 'COERCION'
  | 'LEVY'
  | 'PAYMENT'
  | 'INSPECTION'
  | 'CONFIRMATION'
  | 'REWARD'
  | 'ADJUDICATION'
  | 'OTHER'
  | 'PUBLIC_SERVICE';

/** Power // 职权: one published list row, one version of it (ADR 0001). */
export interface PowerModel {
  id: string;
  code: string | null;
  /** The code's parts as the importer stored them (domain/item-codes.ts); null when no layout fits. */
  codeLayout?: string | null;
  codeArea?: string | null;
  codeDepartment?: string | null;
  codeType?: string | null;
  codeItem?: string | null;
  codeSubItem?: string | null;
  seqNo: string | null;
  name: string;
  subName: string | null;
  category: PowerCategoryValue;
  rawCategory: string | null;
  levelLabel: string | null;
  scope: string | null;
  remarks: string | null;
  /**
   * The long texts: absent (undefined) on list rows, which leave them out to stay small; the
   * resolvers load them by id when a query asks (`withDetails`).
   */
  basisText?: string | null;
  responsibilityBasisText?: string | null;
  /** JSON string of every citation of both roles, in source order. */
  citations?: string | null;
  accountability?: string[] | null;
  validFrom: string | null;
  validTo: string | null;
  sourceFile: string | null;
  sourceSheet: string | null;
  sourceRow: number | null;
  undertakenById: string | null;
  parentId: string | null;
  itemKey: string | null;
  /** The `asOf` of the list this row was fetched in: the default of `exercisedBy(asOf)`. */
  listedAsOf?: string;
}

/** Responsibility // 责任事项 */
export interface ResponsibilityModel {
  powerId: string;
  order: number;
  stage: string | null;
  group: string | null;
  text: string;
}

export type CitationRoleValue = 'IMPLEMENTING' | 'RESPONSIBILITY';

/** One entry of `Power.citations` (ADR 0001). */
export interface CitationModel {
  order: number;
  role: CitationRoleValue;
  text: string;
  levelTag: string | null;
  level: string | null;
  lawName: string | null;
  article: number | null;
  paragraph: number | null;
  item: number | null;
  provisionId: string | null;
  unresolvedCode: string | null;
  unresolvedReason: string | null;
}

export type PowerConnectionModel = Connection<PowerModel>;

export interface PowerFilterModel {
  name: string | null;
  nameContains: string | null;
  code: string | null;
  categories: PowerCategoryValue[] | null;
}

/** The sort key of power lists: (name, sub-item name, id). */
export type PowerSortKey = readonly [string, string, string];

export const powerSortKey = (p: PowerModel): PowerSortKey => [p.name, p.subName ?? '', p.id];
