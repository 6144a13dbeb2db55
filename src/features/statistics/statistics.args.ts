import { badInput } from '../../errors';
import type { StatisticsScope } from '../../generated/graphql';
import { fromGlobalIdOf } from '../../shared/global-id';
import { checkedGroupBy } from './group-cells';
import type { StatisticsDimensionValue, StatisticsScopeModel } from './statistics.model';

/** The scope with ids decoded: exactly one of a division code or a non-empty list of organizations. */
export function statisticsScope(scope: StatisticsScope): StatisticsScopeModel {
  const divisionCode = scope.divisionCode?.trim() || null;
  const organizationIds = scope.organizationIds?.map((id) => fromGlobalIdOf('Organization', id, 'scope.organizationIds')) ?? null;
  if ((divisionCode === null) === (organizationIds === null)) {
    throw badInput('scope', scope, '须给出 divisionCode 或 organizationIds 之一', 'give exactly one of divisionCode or organizationIds');
  }
  if (organizationIds !== null && (organizationIds.length === 0 || organizationIds.length > 500)) {
    throw badInput('scope.organizationIds', organizationIds.length, '须为 1 至 500 个机构', 'must name 1 to 500 organizations');
  }
  return { divisionCode, organizationIds };
}

export function statisticsGroupBy(groupBy: readonly StatisticsDimensionValue[]): StatisticsDimensionValue[] {
  const checked = checkedGroupBy(groupBy);
  if (checked === null) {
    throw badInput('groupBy', groupBy, '须为一到两个不同的维度', 'must be one or two distinct dimensions');
  }
  return checked;
}
