import type { BasisLevel } from '../../domain/citations/basis-level';
import type { OrganizationModel } from '../organization/organization.model';
import type { PowerCategoryValue } from '../power/power.model';

/** StatisticsDimension // 统计维度: what the counts are grouped by. */
export const STATISTICS_DIMENSIONS = [
  'ORGANIZATION',
  'DIVISION',
  'LEVEL',
  'CATEGORY',
  'BASIS_LEVEL',
  'HANDOVER_MODE',
] as const;
export type StatisticsDimensionValue = (typeof STATISTICS_DIMENSIONS)[number];

/** BasisLevel // 依据效力层级: the highest level a power's citations name (src/domain/citations/basis-level.ts). */
export { BASIS_LEVELS } from '../../domain/citations/basis-level';
export type BasisLevelValue = BasisLevel;

/** The counts of one group (统计口径: per organization, as its connections' totalCount give them). */
export interface StatisticsCountsModel {
  powers: number;
  subItems: number;
  handOversActive: number;
  handOversRecalled: number;
  handOversExpired: number;
  handOversGiven: number;
  whistleMatters: number;
  dutyItems: number;
  lenientItems: number;
}
export type StatisticsMeasureKey = keyof StatisticsCountsModel;

/** StatisticsMeasure // 统计指标 (GraphQL enum value) and the count it reads. */
export const MEASURES = {
  POWERS: 'powers',
  SUB_ITEMS: 'subItems',
  HANDOVERS_ACTIVE: 'handOversActive',
  HANDOVERS_RECALLED: 'handOversRecalled',
  HANDOVERS_EXPIRED: 'handOversExpired',
  HANDOVERS_GIVEN: 'handOversGiven',
  WHISTLE_MATTERS: 'whistleMatters',
  DUTY_ITEMS: 'dutyItems',
  LENIENT_ITEMS: 'lenientItems',
} as const satisfies Record<string, StatisticsMeasureKey>;
export type StatisticsMeasureValue = keyof typeof MEASURES;

export const zeroCounts = (): StatisticsCountsModel => ({
  powers: 0,
  subItems: 0,
  handOversActive: 0,
  handOversRecalled: 0,
  handOversExpired: 0,
  handOversGiven: 0,
  whistleMatters: 0,
  dutyItems: 0,
  lenientItems: 0,
});

/** An organization of the scope with what the dimensions read of it. */
export interface ScopeOrganization {
  organizationId: string;
  name: string;
  orgType: string | null;
  parentId: string | null;
  divisionCode: string | null;
  divisionLevel: string | null;
}

/** A scope's organization with its model, as `organizationById` would load it (the resolvers prime the loader with it). */
export interface ScopedOrganization extends ScopeOrganization {
  organization: OrganizationModel;
}

/**
 * One cell of the finest breakdown the statements return: one organization, and the category, basis
 * level and hand-over mode the counted rows have (null where a list has no such property).
 */
export interface StatisticsCell {
  organizationId: string;
  category: PowerCategoryValue | null;
  basisLevel: BasisLevelValue | null;
  handOverMode: string | null;
  counts: Partial<StatisticsCountsModel>;
}

/** What one group is keyed on, one value per asked dimension (null: not applicable to the rows). */
export interface StatisticsGroupModel {
  organizationId: string | null;
  divisionCode: string | null;
  level: string | null;
  category: PowerCategoryValue | null;
  basisLevel: BasisLevelValue | null;
  handOverMode: string | null;
  counts: StatisticsCountsModel;
}

export interface StatisticsModel {
  asOf: string;
  groupBy: StatisticsDimensionValue[];
  organizationCount: number;
  totals: StatisticsCountsModel;
  groups: StatisticsGroupModel[];
  /** The scope's organizations, for the loader the groups' `organization` reads. */
  organizations: OrganizationModel[];
}

export interface StatisticsScopeModel {
  divisionCode: string | null;
  organizationIds: string[] | null;
}

export interface TrendPointModel {
  date: string;
  value: number;
  statistics: StatisticsModel;
}
