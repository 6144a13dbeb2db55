/**
 * The demo city (data/demo, see its EXPECTED.md) loaded through `loadDemo`, then read through the
 * GraphQL API as a reviewer would. Assertions are scoped to 青石市's own organizations, so data
 * other test files put in the same database does not disturb them.
 */
import { loadDemo } from '../../src/importer/demo';
import { gql, startTestApp, type TestApp } from '../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.db);
}, 300_000);

afterAll(async () => {
  await app.close();
});

interface Edges<T> {
  totalCount: number;
  edges: { node: T }[];
}

const orgId = async (name: string): Promise<string> => {
  const res = await gql<{ organizations: Edges<{ id: string }> }>(
    app,
    'query($name: String!) { organizations(filter: { name: $name }, asOf: "2024-06-01") { totalCount edges { node { id } } } }',
    { name },
  );
  expect(res.data!.organizations.totalCount).toBe(1);
  return res.data!.organizations.edges[0]!.node.id;
};

describe('the demo city 青石市', () => {
  it('loads again without changing anything', async () => {
    const again = await loadDemo(app.db);
    expect(again.every((s) => s.created === 0 && s.updated === 0 && s.retired === 0 && s.errors.length === 0)).toBe(true);
  });

  it('has its 145 organizations under division 990181 (the abolished ones only before their abolition)', async () => {
    const count = (asOf: string) =>
      gql<{ organizations: { totalCount: number } }>(
        app,
        'query($asOf: Date) { organizations(filter: { divisionCode: "990181" }, asOf: $asOf, first: 0) { totalCount } }',
        { asOf },
      );
    expect((await count('2024-06-01')).data!.organizations.totalCount).toBe(145);
    // 粮食局 and 经济合作局 with their internal units (撤销日期 2024-12-31 and 2025-03-31).
    expect((await count('2026-12-01')).data!.organizations.totalCount).toBe(141);
  });

  it('gives the abolished 粮食局 its 4 powers up to its last day and none after', async () => {
    const id = await orgId('青石市粮食局');
    const powers = async (asOf: string) =>
      (
        await gql<{ node: { powers: { totalCount: number } } }>(
          app,
          'query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { powers(asOf: $asOf, first: 0) { totalCount } } } }',
          { id, asOf },
        )
      ).data!.node.powers.totalCount;
    expect(await powers('2024-12-31')).toBe(4);
    expect(await powers('2025-01-01')).toBe(0);
  });

  it('resolves 社会保险法 §88 as the basis of the social-insurance fraud punishment, in the version in force', async () => {
    const res = await gql<{
      powers: Edges<{ exercisedBy: { name: string }[]; basis: { provision: { article: number; law: { name: string }; version: { current: boolean } } | null }[] }>;
    }>(
      app,
      `{ powers(filter: { nameContains: "骗取社会保险待遇" }, asOf: "2026-12-01") { totalCount edges { node {
          exercisedBy { name } basis { provision { article law { name } version { current } } } } } } }`,
    );
    const ours = res.data!.powers.edges.filter((e) => e.node.exercisedBy.some((o) => o.name === '青石市人力资源和社会保障局'));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.node.basis[0]!.provision).toEqual({ article: 88, law: { name: '社会保险法' }, version: { current: true } });
  });

  it('drops the 6 recalled hand-overs after their end date (2025-06-30)', async () => {
    const res = await gql<{ organizations: Edges<{ a: { totalCount: number }; b: { totalCount: number } }> }>(
      app,
      `{ organizations(filter: { divisionCode: "990181", orgTypes: [TOWNSHIP_GOV, STREET_OFFICE] }, asOf: "2025-06-30") {
          totalCount edges { node {
            a: enforcementItemsReceived(asOf: "2025-06-30", first: 0) { totalCount }
            b: enforcementItemsReceived(asOf: "2025-07-01", first: 0) { totalCount } } } } }`,
    );
    const townships = res.data!.organizations;
    expect(townships.totalCount).toBe(12);
    const sum = (key: 'a' | 'b') => townships.edges.reduce((n, e) => n + e.node[key].totalCount, 0);
    expect(sum('a') - sum('b')).toBe(6);
  });

  it('lists the 3 whistle matters nobody leads, whistled by 青石市 streets only', async () => {
    const res = await gql<{ whistleMatters: Edges<{ name: string; lead: unknown[]; whistledBy: { name: string }[] }> }>(
      app,
      `{ whistleMatters(filter: { nameContains: "共享单车乱停乱放" }, first: 50) { edges { node { name lead { name } whistledBy { name } } } } }`,
    );
    const matter = res.data!.whistleMatters.edges.map((e) => e.node).find((m) => m.whistledBy.some((o) => o.name.endsWith('街道办事处') && !o.name.startsWith('T')));
    expect(matter).toBeDefined();
    expect(matter!.lead).toEqual([]);
    expect(matter!.whistledBy.map((o) => o.name).sort()).toEqual([
      '东城街道办事处',
      '南湖街道办事处',
      '石桥街道办事处',
      '西关街道办事处',
      '青云街道办事处',
    ]);
  });

  it('finds the 违法建设 punishment of 住建 and 城管 by a short Chinese search', async () => {
    const res = await gql<{ search: { node: { __typename: string; name?: string; exercisedBy?: { name: string }[] } }[] }>(
      app,
      `{ search(text: "违反城乡规划 建设工程规划许可证", first: 100) { node { __typename ... on Power { name exercisedBy { name } } } } }`,
    );
    const holders = res.data!.search
      .filter((h) => h.node.__typename === 'Power' && (h.node.name ?? '').includes('建设工程规划许可证'))
      .flatMap((h) => h.node.exercisedBy!.map((o) => o.name));
    expect(holders).toEqual(expect.arrayContaining(['青石市住房和城乡建设局', '青石市城市管理和综合执法局']));
  });
});
