/** The dashboard's queries: statistics, analysisSummary and trend of one scope. 看板查询。 */
import { gql } from '../api';

export interface Scope {
  divisionCode?: string;
  organizationIds?: string[];
}

export interface Counts {
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
const COUNTS = 'powers subItems handOversActive handOversRecalled handOversExpired handOversGiven whistleMatters dutyItems lenientItems';

export interface OrgRef {
  id: string;
  name: string;
  orgType: string;
}
export interface Group {
  organization: OrgRef | null;
  category: string | null;
  counts: Counts;
}
export interface Statistics {
  organizationCount: number;
  totals: Counts;
  groups: Group[];
}
export interface Summary {
  overlapCount: number;
  findingCount: number;
  findingsByKindAndSeverity: { kind: string; severity: string; count: number }[];
  matrix: { organizations: OrgRef[]; cells: { row: number; column: number; count: number }[] };
}
export interface TrendPoint {
  date: string;
  value: number;
  totals: Counts;
}

const STATISTICS = `query DashboardStatistics($scope: StatisticsScope!, $asOf: Date) {
  byCategory: statistics(scope: $scope, asOf: $asOf, groupBy: [ORGANIZATION, CATEGORY]) {
    organizationCount totals { ${COUNTS} }
    groups { organization { id name orgType } category counts { ${COUNTS} } }
  }
  byOrganization: statistics(scope: $scope, asOf: $asOf, groupBy: [ORGANIZATION]) {
    organizationCount totals { ${COUNTS} }
    groups { organization { id name orgType } category counts { ${COUNTS} } }
  }
}`;

export function statistics(scope: Scope, asOf: string): Promise<{ byCategory: Statistics; byOrganization: Statistics }> {
  return gql(STATISTICS, { scope, asOf });
}

const SUMMARY = `query DashboardSummary($scope: StatisticsScope!, $asOf: Date) {
  analysisSummary(scope: $scope, asOf: $asOf) {
    overlapCount findingCount
    findingsByKindAndSeverity { kind severity count }
    matrix { organizations { id name orgType } cells { row column count } }
  }
}`;

export async function summary(scope: Scope, asOf: string): Promise<Summary> {
  return (await gql<{ analysisSummary: Summary }>(SUMMARY, { scope, asOf })).analysisSummary;
}

const TREND = `query DashboardTrend($scope: StatisticsScope!, $from: Date!, $to: Date) {
  trend(scope: $scope, from: $from, to: $to, interval: QUARTER, measure: POWERS) { date value totals { ${COUNTS} } }
}`;

export async function trend(scope: Scope, from: string, to: string): Promise<TrendPoint[]> {
  return (await gql<{ trend: TrendPoint[] }>(TREND, { scope, from, to })).trend;
}
