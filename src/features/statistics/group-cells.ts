import {
  STATISTICS_DIMENSIONS,
  zeroCounts,
  type ScopeOrganization,
  type StatisticsCell,
  type StatisticsCountsModel,
  type StatisticsDimensionValue,
  type StatisticsGroupModel,
} from './statistics.model';

const ORGANIZATION_DIMENSIONS: ReadonlySet<StatisticsDimensionValue> = new Set(['ORGANIZATION', 'DIVISION', 'LEVEL']);

function add(into: StatisticsCountsModel, counts: Partial<StatisticsCountsModel>): void {
  for (const [key, value] of Object.entries(counts) as [keyof StatisticsCountsModel, number][]) into[key] += value;
}

/** The group key of a cell: one value per dimension, in STATISTICS_DIMENSIONS order; null where not asked. */
function groupOf(
  cell: Pick<StatisticsCell, 'organizationId' | 'category' | 'basisLevel' | 'handOverMode'>,
  organization: ScopeOrganization | undefined,
  groupBy: ReadonlySet<StatisticsDimensionValue>,
): Omit<StatisticsGroupModel, 'counts'> {
  return {
    organizationId: groupBy.has('ORGANIZATION') ? cell.organizationId : null,
    divisionCode: groupBy.has('DIVISION') ? (organization?.divisionCode ?? null) : null,
    level: groupBy.has('LEVEL') ? (organization?.divisionLevel ?? null) : null,
    category: groupBy.has('CATEGORY') ? cell.category : null,
    basisLevel: groupBy.has('BASIS_LEVEL') ? cell.basisLevel : null,
    handOverMode: groupBy.has('HANDOVER_MODE') ? cell.handOverMode : null,
  };
}

const keyOf = (g: Omit<StatisticsGroupModel, 'counts'>): string =>
  JSON.stringify([g.organizationId, g.divisionCode, g.level, g.category, g.basisLevel, g.handOverMode]);

/**
 * Sums the cells into one group per value of the asked dimensions (统计口径: a count of a group is
 * the sum over its organizations of what their connections' totalCount give). A row kind without
 * the dimension (a whistle matter has no category) falls in the group whose value is null. When
 * every asked dimension is one of the organization's, every organization of the scope has its
 * group, zero if it holds nothing. Groups are ordered by their key values.
 */
export function groupCells(
  cells: readonly StatisticsCell[],
  organizations: readonly ScopeOrganization[],
  groupBy: readonly StatisticsDimensionValue[],
): { totals: StatisticsCountsModel; groups: StatisticsGroupModel[] } {
  const dims = new Set(groupBy);
  const byId = new Map(organizations.map((o) => [o.organizationId, o]));
  const groups = new Map<string, StatisticsGroupModel>();
  const groupFor = (key: Omit<StatisticsGroupModel, 'counts'>): StatisticsGroupModel => {
    const k = keyOf(key);
    let group = groups.get(k);
    if (group === undefined) {
      group = { ...key, counts: zeroCounts() };
      groups.set(k, group);
    }
    return group;
  };
  if (groupBy.every((d) => ORGANIZATION_DIMENSIONS.has(d))) {
    for (const o of organizations) {
      groupFor(groupOf({ organizationId: o.organizationId, category: null, basisLevel: null, handOverMode: null }, o, dims));
    }
  }
  const totals = zeroCounts();
  for (const cell of cells) {
    const organization = byId.get(cell.organizationId);
    if (organization === undefined) continue;
    add(totals, cell.counts);
    add(groupFor(groupOf(cell, organization, dims)).counts, cell.counts);
  }
  const sortKey = (g: StatisticsGroupModel): string[] => {
    const o = g.organizationId === null ? undefined : byId.get(g.organizationId);
    return [o?.name ?? '', g.organizationId ?? '', g.divisionCode ?? '', g.level ?? '', g.category ?? '', g.basisLevel ?? '', g.handOverMode ?? ''];
  };
  const sorted = [...groups.values()].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    for (let i = 0; i < ka.length; i += 1) {
      const c = ka[i]!.localeCompare(kb[i]!, 'zh-Hans-CN');
      if (c !== 0) return c;
    }
    return 0;
  });
  return { totals, groups: sorted };
}

/** The dimensions in their canonical order, checked: one or two, no repeats. */
export function checkedGroupBy(groupBy: readonly StatisticsDimensionValue[]): StatisticsDimensionValue[] | null {
  const unique = new Set(groupBy);
  if (unique.size !== groupBy.length || unique.size < 1 || unique.size > 2) return null;
  return STATISTICS_DIMENSIONS.filter((d) => unique.has(d));
}
