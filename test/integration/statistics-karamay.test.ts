/**
 * statistics and analysisSummary on the 16 real Karamay lists (issue 18: "the API works on the
 * Karamay lists"): their organizations, given as a list (they have no division), counted per
 * organization, category and basis level, agree with each organization's powers connection.
 */
import type { StatisticsCountsModel } from '../../src/features/statistics/statistics.model';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import { gql, startTestApp, type TestApp } from '../support/app';
import { ensureLaws } from '../support/import-helpers';
import { KARAMAY_LISTS } from '../fixtures/karamay/expected';
import { importKaramay } from '../support/karamay';

const ASOF = '2026-12-01';

let app: TestApp;
let organizations: { id: string; name: string; powers: number; byCategory: Map<string, number> }[];

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(app, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const CATEGORY_COUNTS = `query($name: String!, $asOf: Date) {
  organizations(filter: { name: $name }, asOf: $asOf, first: 2) { edges { node {
    id name powers(asOf: $asOf, first: 0) { totalCount }
    LICENSING: powers(category: LICENSING, asOf: $asOf, first: 0) { totalCount }
    PUNISHMENT: powers(category: PUNISHMENT, asOf: $asOf, first: 0) { totalCount }
    COERCION: powers(category: COERCION, asOf: $asOf, first: 0) { totalCount }
    LEVY: powers(category: LEVY, asOf: $asOf, first: 0) { totalCount }
    PAYMENT: powers(category: PAYMENT, asOf: $asOf, first: 0) { totalCount }
    INSPECTION: powers(category: INSPECTION, asOf: $asOf, first: 0) { totalCount }
    CONFIRMATION: powers(category: CONFIRMATION, asOf: $asOf, first: 0) { totalCount }
    REWARD: powers(category: REWARD, asOf: $asOf, first: 0) { totalCount }
    ADJUDICATION: powers(category: ADJUDICATION, asOf: $asOf, first: 0) { totalCount }
    OTHER: powers(category: OTHER, asOf: $asOf, first: 0) { totalCount }
    PUBLIC_SERVICE: powers(category: PUBLIC_SERVICE, asOf: $asOf, first: 0) { totalCount }
  } } }
}`;
const CATEGORIES = [
  'LICENSING',
  'PUNISHMENT',
  'COERCION',
  'LEVY',
  'PAYMENT',
  'INSPECTION',
  'CONFIRMATION',
  'REWARD',
  'ADJUDICATION',
  'OTHER',
  'PUBLIC_SERVICE',
];

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  const names = await importKaramay(app.db, await loadLawCatalog(app.db));
  organizations = [];
  for (const name of names) {
    type Node = { id: string; name: string; powers: { totalCount: number } } & Record<string, { totalCount: number }>;
    const data = await ok<{ organizations: { edges: { node: Node }[] } }>(CATEGORY_COUNTS, { name, asOf: ASOF });
    expect(data.organizations.edges).toHaveLength(1);
    const node = data.organizations.edges[0]!.node;
    organizations.push({
      id: node.id,
      name: node.name,
      powers: node.powers.totalCount,
      byCategory: new Map(CATEGORIES.map((c) => [c, node[c]!.totalCount] as const).filter(([, n]) => n > 0)),
    });
  }
}, 900_000);

afterAll(async () => {
  await app.close();
});

interface Group {
  organization: { id: string; name: string } | null;
  category: string | null;
  basisLevel: string | null;
  counts: StatisticsCountsModel;
}
const statistics = async (
  groupBy: string[],
): Promise<{ organizationCount: number; totals: StatisticsCountsModel; groups: Group[] }> =>
  (
    await ok<{ statistics: { organizationCount: number; totals: StatisticsCountsModel; groups: Group[] } }>(
      `query($ids: [ID!], $asOf: Date, $groupBy: [StatisticsDimension!]!) {
        statistics(scope: { organizationIds: $ids }, asOf: $asOf, groupBy: $groupBy) {
          organizationCount totals { powers subItems handOversActive }
          groups { organization { id name } category basisLevel counts { powers subItems } }
        }
      }`,
      { ids: organizations.map((o) => o.id), asOf: ASOF, groupBy },
    )
  ).statistics;

describe('statistics on the 16 Karamay lists', () => {
  it('counts per organization what its powers connection counts', async () => {
    expect(organizations.length).toBeGreaterThanOrEqual(15);
    const stats = await statistics(['ORGANIZATION']);
    expect(stats.organizationCount).toBe(organizations.length);
    const byId = new Map(stats.groups.map((g) => [g.organization!.id, g.counts.powers]));
    expect(new Map(organizations.map((o) => [o.id, byId.get(o.id)]))).toEqual(
      new Map(organizations.map((o) => [o.id, o.powers])),
    );
    expect(stats.totals.powers).toBe(organizations.reduce((n, o) => n + o.powers, 0));
    expect(stats.totals.powers).toBeGreaterThan(2000);
    // Sub-items: as many as a careful reader counts in the lists (test/fixtures/karamay/expected.ts).
    expect(stats.totals.subItems).toBe(KARAMAY_LISTS.reduce((n, [, , , subItems]) => n + subItems, 0));
  });

  it('counts per organization and category what powers(category:) counts', async () => {
    const stats = await statistics(['ORGANIZATION', 'CATEGORY']);
    const got = new Map<string, Map<string, number>>();
    for (const g of stats.groups) {
      if (g.counts.powers === 0) continue;
      const id = g.organization!.id;
      got.set(id, (got.get(id) ?? new Map<string, number>()).set(g.category ?? 'null', g.counts.powers));
    }
    for (const o of organizations) expect([o.name, got.get(o.id) ?? new Map()]).toEqual([o.name, o.byCategory]);
  });

  it('splits every power into exactly one basis level', async () => {
    const stats = await statistics(['ORGANIZATION', 'BASIS_LEVEL']);
    const sum = new Map<string, number>();
    for (const g of stats.groups) sum.set(g.organization!.id, (sum.get(g.organization!.id) ?? 0) + g.counts.powers);
    for (const o of organizations) expect([o.name, sum.get(o.id)]).toEqual([o.name, o.powers]);
    // The real lists cite laws: most powers rest on a law or an administrative regulation.
    const levels = new Map<string, number>();
    for (const g of stats.groups) levels.set(g.basisLevel!, (levels.get(g.basisLevel!) ?? 0) + g.counts.powers);
    expect((levels.get('LAW') ?? 0) + (levels.get('ADMIN_REGULATION') ?? 0)).toBeGreaterThan(stats.totals.powers / 2);
  });

  it('summarises their overlaps and findings with the overlap matrix', async () => {
    const data = await ok<{
      analysisSummary: {
        overlapCount: number;
        findingCount: number;
        matrix: { organizations: { id: string }[]; cells: { count: number }[] };
      };
    }>(
      `query($ids: [ID!], $asOf: Date) { analysisSummary(scope: { organizationIds: $ids }, asOf: $asOf) {
        overlapCount findingCount matrix { organizations { id } cells { count } } } }`,
      { ids: organizations.map((o) => o.id), asOf: ASOF },
    );
    const summary = data.analysisSummary;
    expect(summary.findingCount).toBeGreaterThanOrEqual(0);
    expect(summary.matrix.cells.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(summary.overlapCount * 2);
    for (const o of summary.matrix.organizations) expect(organizations.map((x) => x.id)).toContain(o.id);
  });
});
