import type { AnalysisConfig } from '../../config';
import type { Database } from '../../db/database';
import { badInput } from '../../errors';
import type { PartitionedAnalysis } from '../analysis/partitions/partitioned-analysis';
import { OVERLAP_KINDS } from '../analysis/overlaps/overlap.model';
import { summarise, type AnalysisSummaryModel } from './analysis-summary';
import { groupCells } from './group-cells';
import {
  MEASURES,
  type StatisticsDimensionValue,
  type StatisticsMeasureValue,
  type StatisticsModel,
  type StatisticsScopeModel,
  type TrendPointModel,
} from './statistics.model';
import type { StatisticsRepository } from './statistics.repository';
import { MAX_TREND_STEPS, trendDates, type TrendIntervalValue } from './trend-dates';

/** Counts of the scope's organizations on `asOf`, grouped by the (checked) dimensions. */
export async function statisticsOf(
  repository: StatisticsRepository,
  scope: StatisticsScopeModel,
  asOf: string,
  groupBy: StatisticsDimensionValue[],
): Promise<StatisticsModel> {
  const [organizations, cells] = await Promise.all([
    repository.scope(scope.divisionCode, scope.organizationIds, asOf),
    repository.cells(scope.divisionCode, scope.organizationIds, asOf),
  ]);
  const { totals, groups } = groupCells(cells, organizations, groupBy);
  return { asOf, groupBy, organizationCount: organizations.length, totals, groups, organizations: organizations.map((o) => o.organization) };
}

/** The same statistics at each step from `from` to `to`, one step after the other (they share the analysis gate's turn). */
export async function trendOf(
  repository: StatisticsRepository,
  scope: StatisticsScopeModel,
  from: string,
  to: string,
  interval: TrendIntervalValue,
  measure: StatisticsMeasureValue,
  groupBy: StatisticsDimensionValue[],
): Promise<TrendPointModel[]> {
  if (from > to) throw badInput('from', from, '起始日期晚于结束日期', 'from is after to');
  const dates = trendDates(from, to, interval);
  if (dates.length > MAX_TREND_STEPS) {
    throw badInput('interval', interval, `趋势最多 ${MAX_TREND_STEPS} 步`, `a trend takes at most ${MAX_TREND_STEPS} steps`);
  }
  const points: TrendPointModel[] = [];
  for (const date of dates) {
    const statistics = await statisticsOf(repository, scope, date, groupBy);
    points.push({ date, value: statistics.totals[MEASURES[measure]], statistics });
  }
  return points;
}

/**
 * Overlaps and findings of the scope counted from the kept partitioned analysis (ADR 0004): the
 * same listing `overlaps` and `findings` serve, so nothing is recomputed that is kept.
 */
export async function analysisSummaryOf(
  deps: { db: Database; analysis: AnalysisConfig; partitions: PartitionedAnalysis; repository: StatisticsRepository },
  scope: StatisticsScopeModel,
  asOf: string,
): Promise<AnalysisSummaryModel> {
  const organizations = await deps.repository.scope(scope.divisionCode, scope.organizationIds, asOf);
  const ids = scope.organizationIds === null ? null : organizations.map((o) => o.organizationId);
  const overlaps = await deps.partitions.overlaps(deps.db, deps.analysis, asOf, {
    kinds: OVERLAP_KINDS,
    organizationIds: ids,
    divisionCode: scope.divisionCode,
    categories: null,
  });
  const findings = await deps.partitions.findings(deps.db, deps.analysis, asOf, {
    kinds: null,
    organizationIds: ids,
    divisionCode: scope.divisionCode,
    severities: null,
  });
  return summarise(
    asOf,
    new Set(organizations.map((o) => o.organizationId)),
    new Map(organizations.map((o) => [o.organizationId, o.name])),
    overlaps,
    findings,
  );
}
