/**
 * statistics, trend and analysisSummary on the demo city (青石市, 990181): every count agrees with
 * what the connections' totalCount give for the same filter, for every groupBy dimension (issue 18).
 */
import type { StatisticsCountsModel } from '../../src/features/statistics/statistics.model';
import { loadDemo } from '../../src/importer/demo';
import { gql, startTestApp, type TestApp } from '../support/app';

const ASOF = '2026-12-01';
const CITY = '990181';
const CATEGORIES = [
  'LICENSING', 'PUNISHMENT', 'COERCION', 'LEVY', 'PAYMENT', 'INSPECTION', 'CONFIRMATION', 'REWARD',
  'ADJUDICATION', 'OTHER', 'PUBLIC_SERVICE',
];
const MODES = ['GRANT', 'ENTRUST', 'AUTHORIZE', 'SECONDMENT', 'JOINT', 'CONCENTRATED'];
const LEVEL_RANK = ['LAW', 'ADMIN_REGULATION', 'LOCAL_REGULATION', 'RULE', 'NORMATIVE_DOC'];

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.db);
}, 300_000);

afterAll(async () => {
  await app.close();
});

interface Group {
  organization: { id: string } | null;
  division: { code: string } | null;
  level: string | null;
  category: string | null;
  basisLevel: string | null;
  handOverMode: string | null;
  counts: StatisticsCountsModel;
}
interface Stats {
  organizationCount: number;
  totals: StatisticsCountsModel;
  groups: Group[];
}

const COUNTS = 'powers subItems handOversActive handOversRecalled handOversExpired handOversGiven whistleMatters dutyItems lenientItems';

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(app, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function statistics(groupBy: string[], scope: Record<string, unknown> = { divisionCode: CITY }, asOf = ASOF): Promise<Stats> {
  const data = await ok<{ statistics: Stats }>(
    `query($scope: StatisticsScope!, $asOf: Date, $groupBy: [StatisticsDimension!]!) {
      statistics(scope: $scope, asOf: $asOf, groupBy: $groupBy) {
        organizationCount totals { ${COUNTS} }
        groups { organization { id } division { code } level category basisLevel handOverMode counts { ${COUNTS} } }
      }
    }`,
    { scope, asOf, groupBy },
  );
  return data.statistics;
}

interface OrgTotals {
  id: string;
  division: { code: string; level: string } | null;
  powers: { totalCount: number };
  received: { totalCount: number };
  handed: { totalCount: number };
  led: { totalCount: number };
}

/** Every organization of the city with the totalCount of its connections, through the public API. */
async function organizationTotals(category: string | null = null): Promise<OrgTotals[]> {
  const data = await ok<{ organizations: { totalCount: number; edges: { node: OrgTotals }[] } }>(
    `query($category: PowerCategory) {
      organizations(filter: { divisionCode: "${CITY}" }, asOf: "${ASOF}", first: 500) {
        totalCount
        edges { node {
          id division { code level }
          powers(category: $category, asOf: "${ASOF}", first: 1) { totalCount }
          received: enforcementItemsReceived(asOf: "${ASOF}", first: 1) { totalCount }
          handed: enforcementItemsHandedOver(asOf: "${ASOF}", first: 1) { totalCount }
          led: whistleMattersLed(asOf: "${ASOF}", first: 1) { totalCount }
        } }
      }
    }`,
    { category },
  );
  expect(data.organizations.totalCount).toBeLessThanOrEqual(500);
  return data.organizations.edges.map((e) => e.node);
}

const sumBy = <T>(items: readonly T[], key: (t: T) => string, value: (t: T) => number): Map<string, number> => {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + value(item));
  return out;
};
const nonZero = (m: Map<string, number>): Map<string, number> => new Map([...m].filter(([, v]) => v !== 0));

describe('statistics agree with the connections on the demo (as of 2026-12-01)', () => {
  let orgs: OrgTotals[];
  beforeAll(async () => {
    orgs = await organizationTotals();
  });

  it('ORGANIZATION: powers, hand-overs received and given, whistle matters led per organization', async () => {
    const stats = await statistics(['ORGANIZATION']);
    expect(stats.organizationCount).toBe(orgs.length);
    expect(stats.groups).toHaveLength(orgs.length);
    const byId = new Map(stats.groups.map((g) => [g.organization!.id, g.counts]));
    for (const o of orgs) {
      const c = byId.get(o.id)!;
      expect([o.id, c.powers, c.handOversActive, c.handOversGiven, c.whistleMatters]).toEqual([
        o.id, o.powers.totalCount, o.received.totalCount, o.handed.totalCount, o.led.totalCount,
      ]);
    }
    expect(stats.totals.powers).toBeGreaterThan(500);
    expect(stats.totals.handOversActive).toBeGreaterThan(0);
  });

  it('DIVISION and LEVEL: the sums of the connections over the organizations of each division and level', async () => {
    for (const [dimension, key] of [
      ['DIVISION', (o: OrgTotals) => o.division?.code ?? ''],
      ['LEVEL', (o: OrgTotals) => o.division?.level ?? ''],
    ] as const) {
      const stats = await statistics([dimension]);
      const got = nonZero(sumBy(stats.groups, (g) => (dimension === 'DIVISION' ? g.division?.code : g.level) ?? '', (g) => g.counts.powers));
      expect(got).toEqual(nonZero(sumBy(orgs, key, (o) => o.powers.totalCount)));
      const received = nonZero(sumBy(stats.groups, (g) => (dimension === 'DIVISION' ? g.division?.code : g.level) ?? '', (g) => g.counts.handOversActive));
      expect(received).toEqual(nonZero(sumBy(orgs, key, (o) => o.received.totalCount)));
    }
  });

  it('CATEGORY and ORGANIZATION × CATEGORY: Organization.powers(category).totalCount', async () => {
    const byCategory = await statistics(['CATEGORY']);
    const pairs = await statistics(['ORGANIZATION', 'CATEGORY']);
    for (const category of CATEGORIES) {
      const totals = await organizationTotals(category);
      const expected = nonZero(new Map(totals.map((o) => [o.id, o.powers.totalCount])));
      const got = nonZero(
        new Map(pairs.groups.filter((g) => g.category === category).map((g) => [g.organization!.id, g.counts.powers])),
      );
      expect([category, got]).toEqual([category, expected]);
      const sum = totals.reduce((s, o) => s + o.powers.totalCount, 0);
      expect([category, byCategory.groups.find((g) => g.category === category)?.counts.powers ?? 0]).toEqual([category, sum]);
    }
  });

  it('HANDOVER_MODE: enforcementItems(filter: {modes, toId}).totalCount per township', async () => {
    const stats = await statistics(['ORGANIZATION', 'HANDOVER_MODE']);
    const townships = orgs.filter((o) => o.received.totalCount > 0);
    expect(townships.length).toBeGreaterThan(0);
    for (const mode of MODES) {
      const data = await ok<Record<string, { totalCount: number }>>(
        `query { ${townships
          .map((t, i) => `t${i}: enforcementItems(filter: { toId: "${t.id}", modes: [${mode}] }, asOf: "${ASOF}", first: 1) { totalCount }`)
          .join('\n')} }`,
      );
      townships.forEach((t, i) => {
        const got = stats.groups.find((g) => g.organization?.id === t.id && g.handOverMode === mode)?.counts.handOversActive ?? 0;
        expect([t.id, mode, got]).toEqual([t.id, mode, data[`t${i}`]!.totalCount]);
      });
    }
    // Over the scope: the hand-overs its organizations received (a row to a township outside it is not counted).
    const byMode = await statistics(['HANDOVER_MODE']);
    expect(byMode.groups.reduce((s, g) => s + g.counts.handOversActive, 0)).toBe(
      orgs.reduce((s, o) => s + o.received.totalCount, 0),
    );
  });

  it('BASIS_LEVEL: the levels add up to the powers, and match the highest level of each power\'s citations', async () => {
    const stats = await statistics(['ORGANIZATION', 'BASIS_LEVEL']);
    const perOrg = sumBy(stats.groups, (g) => g.organization!.id, (g) => g.counts.powers);
    for (const o of orgs) expect([o.id, perOrg.get(o.id) ?? 0]).toEqual([o.id, o.powers.totalCount]);
    // One department's powers read through the API: the highest normalised level of their citations.
    const largest = [...orgs].sort((a, b) => b.powers.totalCount - a.powers.totalCount)[0]!;
    const data = await ok<{ powers: { edges: { node: { basis: { levelCode: string | null }[] } }[] } }>(
      `query { powers(filter: { organizationId: "${largest.id}" }, asOf: "${ASOF}", first: 500) {
        edges { node { basis { levelCode } } } } }`,
    );
    const fold: Record<string, string> = { SC_DECISION: 'ADMIN_REGULATION', DEPT_RULE: 'RULE', GOV_RULE: 'RULE', PARTY_REG: 'NORMATIVE_DOC', STANDARD: 'NORMATIVE_DOC' };
    const expected = sumBy(
      data.powers.edges,
      (e) => {
        const levels = e.node.basis.map((c) => (c.levelCode ? (fold[c.levelCode] ?? c.levelCode) : null));
        return LEVEL_RANK.find((l) => levels.includes(l)) ?? 'NONE';
      },
      () => 1,
    );
    const got = nonZero(
      new Map(stats.groups.filter((g) => g.organization!.id === largest.id).map((g) => [g.basisLevel!, g.counts.powers])),
    );
    expect(got).toEqual(expected);
  });

  it('a list of organizations is the same as the division for those organizations', async () => {
    const ids = orgs.slice(0, 5).map((o) => o.id);
    const stats = await statistics(['ORGANIZATION'], { organizationIds: ids });
    expect(stats.groups.map((g) => [g.organization!.id, g.counts.powers]).sort()).toEqual(
      orgs.slice(0, 5).map((o) => [o.id, o.powers.totalCount]).sort(),
    );
  });
});

describe('trend', () => {
  it('gives at each step the statistics of that date', async () => {
    const data = await ok<{ trend: { date: string; value: number; totals: { powers: number } }[] }>(
      `query { trend(scope: { divisionCode: "${CITY}" }, from: "2024-01-01", to: "${ASOF}", interval: YEAR, measure: POWERS) {
        date value totals { powers } } }`,
    );
    expect(data.trend.map((p) => p.date)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01', ASOF]);
    for (const point of data.trend) {
      const stats = await statistics(['LEVEL'], { divisionCode: CITY }, point.date);
      expect([point.date, point.value]).toEqual([point.date, stats.totals.powers]);
    }
  });

  it('refuses more than 40 steps', async () => {
    const res = await gql(app, `query { trend(scope: { divisionCode: "${CITY}" }, from: "2020-01-01", to: "${ASOF}", interval: MONTH, measure: POWERS) { value } }`);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('analysisSummary', () => {
  it('counts the overlaps and findings the listings give, per kind, organization and pair', async () => {
    const listing = await ok<{ overlaps: { totalCount: number }; findings: { totalCount: number } }>(
      `query { overlaps(filter: { divisionCode: "${CITY}" }, asOf: "${ASOF}", first: 0) { totalCount }
               findings(filter: { divisionCode: "${CITY}" }, asOf: "${ASOF}", first: 0) { totalCount } }`,
    );
    const computed = app.partitions.partitionsComputed;
    const data = await ok<{
      analysisSummary: {
        overlapCount: number;
        findingCount: number;
        overlapsByKind: { kind: string; count: number }[];
        findingsByKindAndSeverity: { kind: string; severity: string; count: number }[];
        matrix: { organizations: { name: string }[]; cells: { row: number; column: number; count: number; organizations: { name: string }[]; overlapsByKind: { kind: string }[] }[] };
      };
    }>(
      `query { analysisSummary(scope: { divisionCode: "${CITY}" }, asOf: "${ASOF}") {
        overlapCount findingCount overlapsByKind { kind count } findingsByKindAndSeverity { kind severity count }
        matrix { organizations { name } cells { row column count organizations { name } overlapsByKind { kind } } }
      } }`,
    );
    // The kept analysis answered: nothing was computed again.
    expect(app.partitions.partitionsComputed).toBe(computed);
    const s = data.analysisSummary;
    expect(s.overlapCount).toBe(listing.overlaps.totalCount);
    expect(s.findingCount).toBe(listing.findings.totalCount);
    expect(s.overlapsByKind.reduce((t, k) => t + k.count, 0)).toBe(s.overlapCount);
    expect(s.findingsByKindAndSeverity.reduce((t, k) => t + k.count, 0)).toBe(s.findingCount);
    const names = s.matrix.organizations.map((o) => o.name);
    const social = s.matrix.cells.find((c) =>
      c.organizations.map((o) => o.name).sort().join() === ['青石市人力资源和社会保障局', '青石市医疗保障局'].sort().join(),
    );
    expect(social?.overlapsByKind.map((k) => k.kind)).toContain('SAME_PROVISION');
    for (const cell of s.matrix.cells) {
      expect(cell.row).toBeLessThan(cell.column);
      expect([names[cell.row], names[cell.column]]).toEqual(cell.organizations.map((o) => o.name));
    }
  });

  it('gives the matrix read for its ids the same organizations, without reading them', async () => {
    const matrix = `matrix { organizations { id name } cells { organizations { id } } }`;
    const idsOnly = `matrix { organizations { id } cells { organizations { id } } }`;
    type Matrix = { organizations: { id: string }[]; cells: { organizations: { id: string }[] }[] };
    const query = (m: string): string => `query { analysisSummary(scope: { divisionCode: "${CITY}" }, asOf: "${ASOF}") { ${m} } }`;
    const full = (await ok<{ analysisSummary: { matrix: Matrix } }>(query(matrix))).analysisSummary.matrix;
    const reads = app.db.roundTrips;
    const ids = (await ok<{ analysisSummary: { matrix: Matrix } }>(query(idsOnly))).analysisSummary.matrix;
    expect(ids.organizations.map((o) => o.id)).toEqual(full.organizations.map((o) => o.id));
    expect(ids.cells).toEqual(full.cells);
    expect(ids.organizations.length).toBeGreaterThan(1);
    // The scope's organizations and the change-log head, not the matrix's organizations by id.
    const statements = app.db.roundTrips - reads;
    const withNames = app.db.roundTrips;
    await ok(query(matrix));
    expect(app.db.roundTrips - withNames).toBeGreaterThan(statements);
  });
});

describe('arguments and cost', () => {
  it('refuses a scope with both or neither field, and three dimensions', async () => {
    for (const [scope, groupBy] of [
      ['{ divisionCode: "990181", organizationIds: [] }', '[ORGANIZATION]'],
      ['{}', '[ORGANIZATION]'],
      ['{ divisionCode: "990181" }', '[ORGANIZATION, CATEGORY, LEVEL]'],
      ['{ divisionCode: "990181" }', '[]'],
    ]) {
      const res = await gql(app, `query { statistics(scope: ${scope}, groupBy: ${groupBy}) { organizationCount } }`);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  it('charges a trend per step: one of 40 monthly steps runs, three are refused before running', async () => {
    const trend = (i: number): string =>
      `t${i}: trend(scope: { divisionCode: "${CITY}" }, from: "2023-01-01", to: "2026-04-01", interval: MONTH, measure: POWERS) { value }`;
    const one = await gql<{ t0: unknown[] }>(app, `query { ${trend(0)} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data!.t0).toHaveLength(40);
    const trends = [0, 1, 2].map(trend);
    const res = await gql(app, `query { ${trends.join('\n')} }`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).toContain('cost');
  });
});
