/**
 * neighborhood and Organization.powerCategories on the demo city 青石市 (data/demo), through the
 * GraphQL API over real HTTP; plus the page's routes. Assertions stay within 青石市's own nodes.
 */
import { NODE_PROPERTIES } from '../../src/features/graph/visible-properties';
import { loadDemo } from '../../src/importer/demo';
import { fromGlobalId, type NodeType } from '../../src/shared/global-id';
import { gql, startTestApp, type TestApp } from '../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.db);
}, 300_000);

afterAll(async () => {
  await app.close();
});

interface Slice {
  truncated: boolean;
  nodes: { id: string; type: string; label: string; properties: { distance: number; degree: number } & Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string }[];
}

const NEIGHBORHOOD = `query($ids: [ID!]!, $depth: Int, $limit: Int, $asOf: Date) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit, asOf: $asOf) {
    truncated nodes { id type label properties } edges { id type source target }
  }
}`;

const slice = async (ids: string[], depth: number, limit: number, asOf = '2024-06-01'): Promise<Slice> => {
  const res = await gql<{ neighborhood: Slice }>(app, NEIGHBORHOOD, { ids, depth, limit, asOf });
  expect(res.errors).toBeUndefined();
  return res.data!.neighborhood;
};

const orgId = async (name: string): Promise<string> => {
  const res = await gql<{ organizations: { edges: { node: { id: string } }[] } }>(
    app,
    'query($name: String!) { organizations(filter: { name: $name }, asOf: "2024-06-01") { edges { node { id } } } }',
    { name },
  );
  return res.data!.organizations.edges[0]!.node.id;
};

const count = (s: Slice, type: string): number => s.nodes.filter((n) => n.type === type).length;

describe('neighborhood', () => {
  it('gives the node alone at depth 0 and its direct neighbours at depth 1, with edges between drawn nodes only', async () => {
    const id = await orgId('青石市粮食局');
    const alone = await slice([id], 0, 100);
    expect(alone.nodes.map((n) => n.id)).toEqual([id]);
    expect(alone.edges).toEqual([]);

    const one = await slice([id], 1, 100);
    expect(count(one, 'Power')).toBe(4);
    expect(one.nodes.every((n) => n.properties.distance <= 1)).toBe(true);
    const ids = new Set(one.nodes.map((n) => n.id));
    expect(one.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(one.edges.filter((e) => e.type === 'EXERCISED_BY' && e.target === id)).toHaveLength(4);
    expect(one.truncated).toBe(false);
  });

  it('reaches the basis at depth 2 (power -> provision) and the law one hop further (the version is no hop)', async () => {
    const id = await orgId('青石市住房和城乡建设局');
    const two = await slice([id], 2, 2000);
    expect(two.nodes.some((n) => n.type === 'Provision' && n.label.startsWith('城乡规划法 第64条'))).toBe(true);
    expect(two.edges.some((e) => e.type === 'BASED_ON')).toBe(true);
    const provision = two.nodes.find((n) => n.type === 'Provision' && n.label.startsWith('城乡规划法 第64条'))!;
    const law = await slice([provision.id], 1, 2000);
    expect(law.nodes.some((n) => n.type === 'LegalDocument' && n.label === '城乡规划法' && n.properties.distance === 1)).toBe(true);
    expect(law.edges.some((e) => e.type === 'OF_LAW' && e.source === provision.id)).toBe(true);
  });

  it('keeps the nearest nodes first, then the best connected, and says when the limit cut the slice', async () => {
    const id = await orgId('青石市住房和城乡建设局');
    const full = await slice([id], 1, 2000);
    const cut = await slice([id], 1, 10);
    expect(full.truncated).toBe(false);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(10);
    expect(cut.nodes[0]!.id).toBe(id);
    const neighbours = full.nodes.filter((n) => n.properties.distance === 1).map((n) => n.properties.degree).sort((a, b) => b - a);
    expect(cut.nodes.slice(1).map((n) => n.properties.degree)).toEqual(neighbours.slice(0, 9));
    const limited = await slice([id], 2, 300);
    const distances = limited.nodes.map((n) => n.properties.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(limited.truncated).toBe(true);
  });

  it('respects asOf: an abolished organization is gone after its last day, recalled hand-overs after theirs', async () => {
    const grain = await orgId('青石市粮食局');
    expect((await slice([grain], 1, 100, '2024-12-31')).nodes.length).toBeGreaterThan(4);
    expect(await slice([grain], 1, 100, '2025-01-01')).toEqual({ truncated: false, nodes: [], edges: [] });
    const housing = await orgId('青石市住房和城乡建设局');
    const before = count(await slice([housing], 1, 2000, '2025-06-30'), 'EnforcementItem');
    const after = count(await slice([housing], 1, 2000, '2025-07-01'), 'EnforcementItem');
    expect(before - after).toBe(2);
  });

  it('gives node ids that node(id:) resolves', async () => {
    const id = await orgId('青石市粮食局');
    const power = (await slice([id], 1, 100)).nodes.find((n) => n.type === 'Power')!;
    expect(fromGlobalId(power.id).type).toBe('Power');
    const res = await gql<{ node: { name: string } }>(app, 'query($id: ID!) { node(id: $id) { ... on Power { name } } }', { id: power.id });
    expect(power.label.startsWith(res.data!.node.name)).toBe(true);
  });

  it.each([
    ['depth', { depth: 4 }],
    ['depth', { depth: -1 }],
    ['limit', { limit: 2001 }],
    ['limit', { limit: 0 }],
    ['ids', { ids: ['not-an-id'] }],
  ])('refuses a bad %s with BAD_USER_INPUT', async (field, variables) => {
    const res = await gql(app, NEIGHBORHOOD, { ids: [], depth: 1, limit: 10, ...variables });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['field']).toBe(field);
  });
});

describe('neighborhood properties', () => {
  const WITH_EDGE_PROPERTIES = NEIGHBORHOOD.replace('edges { id type source target }', 'edges { id type source target properties }');

  it('reach the page through the allow-list only: no bookkeeping, provenance or actor of any node or edge', async () => {
    const seeds = [await orgId('青石市住房和城乡建设局'), await orgId('青石市市场监督管理局')];
    const res = await gql<{ neighborhood: { nodes: { type: NodeType; properties: Record<string, unknown> }[]; edges: { type: string; properties: Record<string, unknown> }[] } }>(
      app,
      WITH_EDGE_PROPERTIES,
      { ids: seeds, depth: 3, limit: 500, asOf: '2024-06-01' },
    );
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data!.neighborhood;
    expect(new Set(nodes.map((n) => n.type)).size).toBeGreaterThanOrEqual(4);
    const unlisted = nodes.flatMap((n) =>
      Object.keys(n.properties)
        .filter((k) => !NODE_PROPERTIES[n.type].includes(k) && k !== 'distance' && k !== 'degree')
        .map((k) => `${n.type}.${k}`),
    );
    expect([...new Set(unlisted)]).toEqual([]);
    // The demo's nodes do carry what is left out: the list is what stops it.
    expect(nodes.some((n) => n.type === 'Organization' && typeof n.properties['name'] === 'string')).toBe(true);
    const edgeKeys = new Set(edges.flatMap((e) => Object.keys(e.properties ?? {})));
    for (const key of edgeKeys) expect(['role', 'order', 'citedText', 'basis', 'validFrom', 'validTo', 'id', 'ver', 'publishDate', 'effectiveDate', 'expired']).toContain(key);
  });
});

describe('Organization.powerCategories', () => {
  it('counts the powers by category on the date, none after an abolition', async () => {
    const id = await orgId('青石市住房和城乡建设局');
    const query = 'query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { powerCategories(asOf: $asOf) { category count } powers(asOf: $asOf, first: 0) { totalCount } } } }';
    const res = await gql<{ node: { powerCategories: { category: string; count: number }[]; powers: { totalCount: number } } }>(app, query, { id, asOf: '2024-06-01' });
    const categories = res.data!.node.powerCategories;
    expect(categories.reduce((sum, c) => sum + c.count, 0)).toBe(res.data!.node.powers.totalCount);
    expect(categories.map((c) => c.count)).toEqual([...categories.map((c) => c.count)].sort((a, b) => b - a));
    const grain = await orgId('青石市粮食局');
    const gone = await gql<{ node: { powerCategories: unknown[] } }>(app, query, { id: grain, asOf: '2025-01-01' });
    expect(gone.data!.node.powerCategories).toEqual([]);
  });
});

describe('the page routes', () => {
  it('sends / to /graph/ and tells the page which analysis the service has', async () => {
    const root = await app.request('/', { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graph/');
    const capabilities = (await (await app.request('/graph/capabilities.json')).json()) as Record<string, boolean>;
    expect(Object.keys(capabilities).sort()).toEqual(['findings', 'overlaps', 'whatIf']);
  });
});
