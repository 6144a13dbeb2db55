import { summarise } from './analysis-summary';
import { checkedGroupBy, groupCells } from './group-cells';
import type { ScopeOrganization, StatisticsCell } from './statistics.model';
import { trendDates } from './trend-dates';
import type { OverlapModel } from '../analysis/overlaps/overlap.model';

const org = (id: string, name: string, divisionCode: string, divisionLevel: string): ScopeOrganization => ({
  organizationId: id,
  name,
  orgType: 'GOV_DEPT',
  parentId: null,
  divisionCode,
  divisionLevel,
});

const ORGS = [org('a', '乙局', 'c1', 'COUNTY'), org('b', '甲局', 'c1', 'COUNTY'), org('t', '镇', 't1', 'TOWNSHIP')];
const CELLS: StatisticsCell[] = [
  { organizationId: 'a', category: 'LICENSING', basisLevel: 'LAW', handOverMode: null, counts: { powers: 3, subItems: 1 } },
  { organizationId: 'a', category: 'PUNISHMENT', basisLevel: 'RULE', handOverMode: null, counts: { powers: 2 } },
  { organizationId: 'b', category: 'PUNISHMENT', basisLevel: 'LAW', handOverMode: null, counts: { powers: 5 } },
  { organizationId: 't', category: 'PUNISHMENT', basisLevel: null, handOverMode: 'GRANT', counts: { handOversActive: 4 } },
  { organizationId: 't', category: null, basisLevel: null, handOverMode: null, counts: { dutyItems: 7 } },
  { organizationId: 'x', category: 'OTHER', basisLevel: 'LAW', handOverMode: null, counts: { powers: 99 } },
];

describe('groupCells', () => {
  it('sums per organization, with every organization of the scope present (zero if it holds nothing), by name', () => {
    const { totals, groups } = groupCells(CELLS, ORGS, ['ORGANIZATION']);
    // 甲 (jiǎ) sorts before 乙 (yǐ) and 镇 (zhèn) in pinyin order.
    expect(groups.map((g) => [g.organizationId, g.counts.powers])).toEqual([
      ['b', 5],
      ['a', 5],
      ['t', 0],
    ]);
    // A cell of an organization outside the scope is not counted.
    expect(totals.powers).toBe(10);
    expect(totals.dutyItems).toBe(7);
  });

  it('puts rows without the dimension in the null group (duty items have no category)', () => {
    const { groups } = groupCells(CELLS, ORGS, ['CATEGORY']);
    expect(groups.map((g) => [g.category, g.counts.powers, g.counts.handOversActive, g.counts.dutyItems])).toEqual([
      [null, 0, 0, 7],
      ['LICENSING', 3, 0, 0],
      ['PUNISHMENT', 7, 4, 0],
    ]);
  });

  it('groups by two dimensions, and by division and level', () => {
    const pairs = groupCells(CELLS, ORGS, ['LEVEL', 'BASIS_LEVEL']).groups;
    expect(pairs.map((g) => [g.level, g.basisLevel, g.counts.powers])).toEqual([
      ['COUNTY', 'LAW', 8],
      ['COUNTY', 'RULE', 2],
      ['TOWNSHIP', null, 0],
    ]);
    expect(groupCells(CELLS, ORGS, ['DIVISION']).groups.map((g) => [g.divisionCode, g.counts.powers])).toEqual([
      ['c1', 10],
      ['t1', 0],
    ]);
  });

  it('accepts one or two distinct dimensions, in canonical order', () => {
    expect(checkedGroupBy(['CATEGORY', 'ORGANIZATION'])).toEqual(['ORGANIZATION', 'CATEGORY']);
    expect(checkedGroupBy([])).toBeNull();
    expect(checkedGroupBy(['CATEGORY', 'CATEGORY'])).toBeNull();
    expect(checkedGroupBy(['CATEGORY', 'LEVEL', 'DIVISION'])).toBeNull();
  });
});

describe('trendDates', () => {
  it('steps by the interval and ends on `to`', () => {
    expect(trendDates('2024-01-01', '2024-08-15', 'QUARTER')).toEqual(['2024-01-01', '2024-04-01', '2024-07-01', '2024-08-15']);
    expect(trendDates('2024-01-31', '2024-03-31', 'MONTH')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(trendDates('2024-01-01', '2026-01-01', 'YEAR')).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
    expect(trendDates('2024-01-01', '2024-01-01', 'YEAR')).toEqual(['2024-01-01']);
  });
});

describe('summarise', () => {
  const overlap = (id: string, kind: OverlapModel['kind'], organizationIds: string[]): OverlapModel => ({
    id,
    kind,
    category: null,
    divisionCode: 'c1',
    organizationIds,
    powerIds: [],
    provisionId: null,
    enforcementItemIds: [],
    whistleMatterIds: [],
    involvedOrganizationIds: organizationIds,
    score: 1,
    explanation: '',
    explanationEn: '',
    asOf: '2026-01-01',
  });

  it('counts each pair of the scope once per overlap, in a matrix ordered by name', () => {
    const s = summarise(
      '2026-01-01',
      new Set(['a', 'b', 'c']),
      new Map([['a', '丙'], ['b', '乙'], ['c', '甲']]),
      [overlap('1', 'SAME_POWER', ['a', 'b']), overlap('2', 'SAME_PROVISION', ['a', 'b', 'c']), overlap('3', 'SAME_POWER', ['a', 'z'])],
      [],
    );
    expect(s.overlapCount).toBe(3);
    expect(s.overlapsByKind).toEqual([
      { kind: 'SAME_POWER', count: 2 },
      { kind: 'SAME_PROVISION', count: 1 },
    ]);
    const names = new Map([['a', '丙'], ['b', '乙'], ['c', '甲']]);
    const sorted = ['a', 'b', 'c'].sort((x, y) => names.get(x)!.localeCompare(names.get(y)!, 'zh-Hans-CN'));
    expect(s.matrixOrganizationIds).toEqual(sorted);
    const ab = s.matrix.find((c) => [...c.organizationIds].sort().join() === 'a,b')!;
    expect(ab.count).toBe(2);
    expect(s.matrix).toHaveLength(3);
    for (const cell of s.matrix) expect(cell.row).toBeLessThan(cell.column);
    expect(s.organizations.find((o) => o.organizationId === 'a')?.overlaps).toBe(3);
  });
});
