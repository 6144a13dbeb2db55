import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { ListBuilder } from '../support/list-builders';

interface ItemNode {
  id: string;
  name: string;
  mode: string;
  rawMode: string;
  actsInNameOf: string;
  status: string;
  validTo: string | null;
  power: { id: string; name: string; validFrom: string };
  from: { name: string };
  to: { name: string };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ItemNode }[];
}

const PAGE = `
  query Page($filter: EnforcementItemFilter, $asOf: Date, $first: Int, $after: String) {
    enforcementItems(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name mode rawMode actsInNameOf status validTo power { id name validFrom } from { name } to { name } } }
    }
  }`;

let app: TestApp;
const prefix = uniquePrefix('执法');
const ids: Record<string, string> = {};
const gid = (key: string): string => toGlobalId('Organization', ids[key]!);

async function page(variables: Record<string, unknown>): Promise<Page> {
  const res = await gql<{ enforcementItems: Page }>(app, PAGE, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.enforcementItems;
}

beforeAll(async () => {
  app = await startTestApp();
  const orgs = new GraphBuilder(app, prefix);
  const lists = new ListBuilder(app, prefix);
  const [market, city, east, west] = await orgs.orgs([
    { name: '县市场监督管理局', orgType: 'GOV_DEPT' },
    { name: '县城市管理局', orgType: 'GOV_DEPT' },
    { name: '东山镇人民政府', orgType: 'TOWNSHIP_GOV' },
    { name: '西河镇人民政府', orgType: 'TOWNSHIP_GOV' },
  ]);
  Object.assign(ids, { market, city, east, west });
  const marketPowers = await lists.powers(
    Array.from({ length: 14 }, (_, i) => ({
      name: `对违法行为${String(i).padStart(2, '0')}的处罚`,
      organizationId: market!,
    })),
  );
  const cityPowers = await lists.powers(
    [1, 2, 3].map((i) => ({ name: `对占道经营${i}的处罚`, organizationId: city! })),
  );
  // A row re-published with a change: version 1 until 2023-12-31, version 2 from 2024-01-01.
  const [v1] = await lists.powers([{ name: '对违法建设的处罚', organizationId: city!, validTo: '2023-12-31' }]);
  const [v2] = await lists.powers([
    { name: '对违法建设的处罚', organizationId: city!, validFrom: '2024-01-01', supersedesId: v1! },
  ]);
  Object.assign(ids, { v1, v2, firstMarketPower: marketPowers[0] });
  await lists.enforcementItems([
    ...marketPowers.slice(0, 12).map((p, i) => ({
      name: `对违法行为${String(i).padStart(2, '0')}的处罚`,
      powerIds: [p],
      fromId: market!,
      toId: east!,
    })),
    ...cityPowers.map((p, i) => ({
      name: `对占道经营${i + 1}的处罚`,
      powerIds: [p],
      fromId: city!,
      toId: east!,
      mode: 'ENTRUST',
    })),
    { name: '对违法建设的处罚', powerIds: [v1!, v2!], fromId: city!, toId: west!, rawMode: '交由行使' },
    { name: '对违法行为12的处罚', powerIds: [marketPowers[12]!], fromId: market!, toId: west! },
    // Recalled: in force until 2024-06-30.
    {
      name: '对违法行为13的处罚',
      powerIds: [marketPowers[13]!],
      fromId: market!,
      toId: west!,
      validTo: '2024-06-30',
      status: 'RECALLED',
    },
  ]);
}, 60_000);

afterAll(async () => {
  await app.close();
});

describe('enforcementItems', () => {
  it('pages forward through every hand-over to a township without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const conn: Page = await page({ filter: { toId: gid('east') }, first: 4, after, asOf: '2024-03-01' });
      expect(conn.totalCount).toBe(15);
      seen.push(...conn.edges.map((e) => e.node.name));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
    expect(seen).toEqual([...seen].sort());
  });

  it('filters by handing department, receiving township, power and mode', async () => {
    const fromMarket = await page({
      filter: { fromId: gid('market'), toId: gid('east') },
      first: 0,
      asOf: '2024-03-01',
    });
    expect(fromMarket.totalCount).toBe(12);
    const entrusted = await page({ filter: { toId: gid('east'), modes: ['ENTRUST'] }, asOf: '2024-03-01' });
    expect(entrusted.edges.map(({ node }) => [node.name, node.mode, node.actsInNameOf, node.from.name])).toEqual(
      [1, 2, 3].map((i) => [`对占道经营${i}的处罚`, 'ENTRUST', 'DELEGATOR', `${prefix}县城市管理局`]),
    );
    const byPower = await page({
      filter: { powerId: toGlobalId('Power', ids['firstMarketPower']!) },
      asOf: '2024-03-01',
    });
    expect(byPower.edges.map((e) => [e.node.name, e.node.to.name])).toEqual([
      ['对违法行为00的处罚', `${prefix}东山镇人民政府`],
    ]);
    // Either version of a re-published row finds the hand-over.
    for (const version of ['v1', 'v2']) {
      const byVersion = await page({ filter: { powerId: toGlobalId('Power', ids[version]!) }, asOf: '2024-03-01' });
      expect(byVersion.edges.map((e) => e.node.rawMode)).toEqual(['交由行使']);
    }
  });

  it('shows the version of the handed-over power in force on asOf', async () => {
    const filter = { powerId: toGlobalId('Power', ids['v1']!) };
    const before = await page({ filter, asOf: '2023-06-01' });
    const after = await page({ filter, asOf: '2024-06-01' });
    expect(before.edges[0]!.node.power).toMatchObject({
      id: toGlobalId('Power', ids['v1']!),
      name: '对违法建设的处罚',
    });
    expect(after.edges[0]!.node.power).toMatchObject({ id: toGlobalId('Power', ids['v2']!), validFrom: '2024-01-01' });
  });

  it('keeps a recalled hand-over up to its last day and drops it after', async () => {
    const filter = { toId: gid('west') };
    const names = async (asOf: string): Promise<string[]> =>
      (await page({ filter, asOf })).edges.map((e) => e.node.name);
    expect(await names('2024-06-30')).toEqual(['对违法建设的处罚', '对违法行为12的处罚', '对违法行为13的处罚']);
    expect(await names('2024-07-01')).toEqual(['对违法建设的处罚', '对违法行为12的处罚']);
    expect(await names('2021-12-31')).toEqual([]);
    const today = await page({ filter });
    expect(today.totalCount).toBe(2);
  });

  it('rejects malformed and wrongly typed filter ids with BAD_USER_INPUT', async () => {
    for (const filter of [
      { fromId: '%%%' },
      { toId: toGlobalId('AdminDivision', '650000') },
      { powerId: gid('market') },
    ]) {
      const res = await gql(app, PAGE, { filter });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const big = await gql(app, PAGE, { first: 501 });
    expect(big.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('Organization hand-over connections', () => {
  const ORGS = `
    query Orgs($filter: OrganizationFilter, $asOf: Date, $first: Int, $after: String) {
      organizations(filter: $filter, asOf: $asOf) {
        edges { node {
          name
          enforcementItemsReceived(asOf: $asOf, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { name } }
          }
          enforcementItemsHandedOver(asOf: $asOf, first: $first) { totalCount }
        } }
      }
    }`;
  interface Orgs {
    organizations: {
      edges: {
        node: {
          name: string;
          enforcementItemsReceived: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { name: string } }[];
          };
          enforcementItemsHandedOver: { totalCount: number };
        };
      }[];
    };
  }

  it('lists what each organization received and handed over, as of a date, in pages', async () => {
    const res = await gql<Orgs>(app, ORGS, { filter: { nameContains: prefix }, asOf: '2024-06-30', first: 2 });
    expect(res.errors).toBeUndefined();
    const byName = Object.fromEntries(
      res.data!.organizations.edges.map((e) => [e.node.name.slice(prefix.length), e.node]),
    );
    expect(byName['东山镇人民政府']!.enforcementItemsReceived.totalCount).toBe(15);
    expect(byName['西河镇人民政府']!.enforcementItemsReceived.totalCount).toBe(3);
    expect(byName['县市场监督管理局']!.enforcementItemsHandedOver.totalCount).toBe(14);
    expect(byName['县城市管理局']!.enforcementItemsHandedOver.totalCount).toBe(4);
    expect(byName['县市场监督管理局']!.enforcementItemsReceived.totalCount).toBe(0);

    const first = byName['西河镇人民政府']!.enforcementItemsReceived;
    expect(first.edges.map((e) => e.node.name)).toEqual(['对违法建设的处罚', '对违法行为12的处罚']);
    const next = await gql<Orgs>(app, ORGS, {
      filter: { name: `${prefix}西河镇人民政府` },
      asOf: '2024-06-30',
      first: 2,
      after: first.pageInfo.endCursor,
    });
    const rest = next.data!.organizations.edges[0]!.node.enforcementItemsReceived;
    expect(rest.edges.map((e) => e.node.name)).toEqual(['对违法行为13的处罚']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const later = await gql<Orgs>(app, ORGS, {
      filter: { name: `${prefix}西河镇人民政府` },
      asOf: '2024-07-01',
      first: 5,
    });
    expect(later.data!.organizations.edges[0]!.node.enforcementItemsReceived.totalCount).toBe(2);
  });
});

describe('node(id) of an enforcement item', () => {
  const NODE = `query Node($id: ID!) { node(id: $id) { __typename id ... on EnforcementItem { name status to { name } power { name } } } }`;

  it('resolves an item by its global id and gives null for an unknown one', async () => {
    const list = await page({ filter: { toId: gid('west') }, asOf: '2024-06-30' });
    const item = list.edges.find((e) => e.node.status === 'RECALLED')!.node;
    const res = await gql<{ node: Record<string, unknown> }>(app, NODE, { id: item.id });
    expect(res.data!.node).toEqual({
      __typename: 'EnforcementItem',
      id: item.id,
      name: '对违法行为13的处罚',
      status: 'RECALLED',
      to: { name: `${prefix}西河镇人民政府` },
      power: { name: '对违法行为13的处罚' },
    });
    const unknown = await gql<{ node: null }>(app, NODE, { id: toGlobalId('EnforcementItem', `${prefix}-missing`) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();
  });
});
