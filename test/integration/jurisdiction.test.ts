/**
 * jurisdiction (issue 18): the division tree of the demo city 青石市 with its organizations and where
 * the hand-overs go, checked against the organizations and enforcement-item connections of the API.
 */
import { loadDemo } from '../../src/importer/demo';
import { fromGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, type TestApp } from '../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.db);
}, 300_000);

afterAll(async () => {
  await app.close();
});

const CITY = '990181';

interface Slice {
  truncated: boolean;
  nodes: { id: string; type: string; label: string; properties: { distance: number; orgType?: string } }[];
  edges: { id: string; type: string; source: string; target: string; properties: { items?: number } | null }[];
}

const JURISDICTION = `query($code: String!, $limit: Int, $asOf: Date) {
  jurisdiction(divisionCode: $code, limit: $limit, asOf: $asOf) {
    truncated nodes { id type label properties } edges { id type source target properties }
  }
}`;

const jurisdiction = async (asOf: string, limit = 500): Promise<Slice> => {
  const res = await gql<{ jurisdiction: Slice }>(app, JURISDICTION, { code: CITY, limit, asOf });
  expect(res.errors).toBeUndefined();
  return res.data!.jurisdiction;
};

interface OrgPage {
  organizations: {
    totalCount: number;
    edges: { node: { id: string; name: string; parent: { id: string } | null; received: { totalCount: number } } }[];
  };
}

/** The city's organizations as the organizations connection gives them, with what each received. */
const organizations = async (asOf: string): Promise<OrgPage['organizations']> => {
  const res = await gql<OrgPage>(
    app,
    `query($asOf: Date) { organizations(filter: { divisionCode: "${CITY}" }, asOf: $asOf, first: 500) {
      totalCount edges { node { id name parent { id } received: enforcementItemsReceived(asOf: $asOf, first: 0) { totalCount } } } } }`,
    { asOf },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.organizations;
};

describe.each(['2026-12-01', '2024-06-01'])('jurisdiction of 青石市 on %s', (asOf) => {
  let slice: Slice;
  let orgs: OrgPage['organizations'];

  beforeAll(async () => {
    [slice, orgs] = await Promise.all([jurisdiction(asOf), organizations(asOf)]);
  });

  it('holds the city, its 12 townships and streets, and every organization the connection lists', () => {
    const divisions = slice.nodes.filter((n) => n.type === 'AdminDivision');
    expect(divisions.map((d) => fromGlobalId(d.id).localId).sort()).toEqual(
      expect.arrayContaining([CITY, '990181001', '990181101', '990181202']),
    );
    expect(divisions).toHaveLength(13);
    expect(divisions.find((d) => fromGlobalId(d.id).localId === CITY)?.properties.distance).toBe(0);
    const drawn = slice.nodes.filter((n) => n.type === 'Organization').map((n) => n.id);
    expect(drawn.sort()).toEqual(orgs.edges.map((e) => e.node.id).sort());
    expect(drawn).toHaveLength(orgs.totalCount);
    expect(slice.truncated).toBe(false);
  });

  it('puts each division under its parent, each organization in its division and each internal unit under its parent', () => {
    const edges = new Set(slice.edges.map((e) => `${e.type} ${e.source} ${e.target}`));
    const township = slice.nodes.find((n) => n.label === '白沙镇')!;
    expect(
      edges.has(
        `PART_OF ${township.id} ${slice.nodes.find((n) => n.type === 'AdminDivision' && n.label === '青石市')!.id}`,
      ),
    ).toBe(true);
    const units = orgs.edges.filter((e) => e.node.parent !== null);
    expect(units.length).toBeGreaterThan(50);
    for (const { node } of units) expect(edges.has(`PART_OF ${node.id} ${node.parent!.id}`)).toBe(true);
    for (const { node } of orgs.edges)
      expect(slice.edges.some((e) => e.type === 'IN_DIVISION' && e.source === node.id)).toBe(true);
  });

  it('sends hand-overs to the organizations that received them, as many as enforcementItemsReceived counts', () => {
    const handOvers = slice.edges.filter((e) => e.type === 'HANDS_OVER_TO');
    expect(handOvers.length).toBeGreaterThan(0);
    const received = new Map<string, number>();
    for (const e of handOvers) received.set(e.target, (received.get(e.target) ?? 0) + (e.properties?.items ?? 0));
    const expected = new Map(
      orgs.edges.filter((e) => e.node.received.totalCount > 0).map((e) => [e.node.id, e.node.received.totalCount]),
    );
    expect(received).toEqual(expected);
  });
});

it('cuts at limit, divisions first, and says so', async () => {
  const cut = await jurisdiction('2026-12-01', 20);
  expect(cut.truncated).toBe(true);
  expect(cut.nodes).toHaveLength(20);
  expect(cut.nodes.filter((n) => n.type === 'AdminDivision')).toHaveLength(13);
});

it('gives an empty slice for an unknown division and refuses a malformed code with BAD_USER_INPUT', async () => {
  const res = await gql<{ jurisdiction: Slice }>(app, JURISDICTION, { code: '119999', asOf: '2026-12-01' });
  expect(res.data!.jurisdiction.nodes).toEqual([]);
  const bad = await gql(app, JURISDICTION, { code: '99 01; DROP', asOf: '2026-12-01' });
  expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.message).toContain('divisionCode');
});
