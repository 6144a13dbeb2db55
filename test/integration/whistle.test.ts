import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { ListBuilder } from '../support/list-builders';

interface MatterNode {
  id: string;
  name: string;
  lead: { name: string }[];
  whistledBy: { name: string }[];
  cooperating: { name: string }[];
  neededPowers: { id: string; name: string }[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: MatterNode }[];
}

const PAGE = `
  query Page($filter: WhistleMatterFilter, $asOf: Date, $first: Int, $after: String) {
    whistleMatters(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name lead { name } whistledBy { name } cooperating { name } neededPowers { id name } } }
    }
  }`;

let app: TestApp;
const prefix = uniquePrefix('吹哨');
const org: Record<string, string> = {};
const power: Record<string, string> = {};
const gid = (key: string): string => toGlobalId('Organization', org[key]!);

async function page(variables: Record<string, unknown>): Promise<Page> {
  const res = await gql<{ whistleMatters: Page }>(app, PAGE, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.whistleMatters;
}

beforeAll(async () => {
  app = await startTestApp();
  const orgs = new GraphBuilder(app, prefix);
  const lists = new ListBuilder(app, prefix);
  const [city, market, police, street1, street2] = await orgs.orgs([
    { name: '城市管理局', orgType: 'GOV_DEPT' },
    { name: '市场监督管理局', orgType: 'GOV_DEPT' },
    { name: '公安局', orgType: 'GOV_DEPT' },
    { name: '中心街道办事处', orgType: 'STREET_OFFICE' },
    { name: '北关街道办事处', orgType: 'STREET_OFFICE' },
  ]);
  Object.assign(org, { city, market, police, street1, street2 });
  const [old] = await lists.powers([{ name: '对占道经营的处罚', organizationId: city!, validTo: '2023-12-31' }]);
  const [current] = await lists.powers([
    { name: '对占道经营的处罚', organizationId: city!, validFrom: '2024-01-01', supersedesId: old! },
  ]);
  const [food] = await lists.powers([{ name: '对无证经营食品的处罚', organizationId: market! }]);
  Object.assign(power, { old, current, food });
  await lists.whistleMatters([
    ...Array.from({ length: 11 }, (_, i) => ({
      name: `${prefix}批量事项${String(i).padStart(2, '0')}`,
      whistledByIds: [street1!, street2!],
      leadIds: [city!],
      cooperatingIds: [market!, police!],
      powerIds: [old!, current!],
    })),
    {
      name: `${prefix}占道经营`,
      whistledByIds: [street1!],
      leadIds: [city!],
      cooperatingIds: [police!],
      powerIds: [old!, current!],
    },
    { name: `${prefix}无证食品摊贩`, whistledByIds: [street2!], leadIds: [market!], powerIds: [food!] },
    // Two leads: a finding for reviewers, listed under both.
    { name: `${prefix}噪声扰民`, whistledByIds: [street1!], leadIds: [city!, police!] },
    { name: `${prefix}无主责事项`, whistledByIds: [street1!] },
    { name: `${prefix}已删除事项`, whistledByIds: [street1!], leadIds: [city!], validTo: '2023-12-31' },
  ]);
}, 60_000);

afterAll(async () => {
  await app.close();
});

describe('whistleMatters', () => {
  it('pages forward through every matching matter without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const conn: Page = await page({ filter: { nameContains: prefix }, first: 4, after });
      expect(conn.totalCount).toBe(15);
      seen.push(...conn.edges.map((e) => e.node.name));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
    expect(seen).toEqual([...seen].sort());
  });

  it('filters by name, lead department and whistling street', async () => {
    const byName = await page({ filter: { nameContains: `${prefix}无证` } });
    expect(byName.edges.map((e) => e.node.name)).toEqual([`${prefix}无证食品摊贩`]);
    expect(byName.edges[0]!.node.lead).toEqual([{ name: `${prefix}市场监督管理局` }]);

    const ledByPolice = await page({ filter: { leadId: gid('police') } });
    expect(ledByPolice.edges.map((e) => e.node.name)).toEqual([`${prefix}噪声扰民`]);
    expect(ledByPolice.edges[0]!.node.lead.map((o) => o.name)).toEqual([`${prefix}公安局`, `${prefix}城市管理局`]);

    const fromStreet2 = await page({ filter: { whistledById: gid('street2') }, first: 0 });
    expect(fromStreet2.totalCount).toBe(12);
    const both = await page({ filter: { whistledById: gid('street1'), leadId: gid('city'), nameContains: '占道' } });
    expect(both.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        name: `${prefix}占道经营`,
        whistledBy: [{ name: `${prefix}中心街道办事处` }],
        cooperating: [{ name: `${prefix}公安局` }],
      }),
    ]);
  });

  it('shows a matter without a lead and drops a matter after its last day', async () => {
    const noLead = await page({ filter: { nameContains: `${prefix}无主责` } });
    expect(noLead.edges[0]!.node.lead).toEqual([]);
    const gone = { nameContains: `${prefix}已删除` };
    expect((await page({ filter: gone, asOf: '2023-12-31' })).totalCount).toBe(1);
    expect((await page({ filter: gone, asOf: '2024-01-01' })).totalCount).toBe(0);
  });

  it('lists one version of each needed power: the one in force on asOf', async () => {
    const filter = { nameContains: `${prefix}占道经营` };
    const before = await page({ filter, asOf: '2023-06-01' });
    const after = await page({ filter, asOf: '2024-06-01' });
    expect(before.edges[0]!.node.neededPowers.map((p) => p.id)).toEqual([toGlobalId('Power', power['old']!)]);
    expect(after.edges[0]!.node.neededPowers.map((p) => p.id)).toEqual([toGlobalId('Power', power['current']!)]);
  });

  it('rejects malformed filter ids with BAD_USER_INPUT', async () => {
    for (const filter of [{ leadId: 'bad id!' }, { whistledById: toGlobalId('Power', power['food']!) }]) {
      const res = await gql(app, PAGE, { filter });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });
});

describe('Organization.whistleMattersLed', () => {
  const LED = `
    query Led($filter: OrganizationFilter, $first: Int, $after: String) {
      organizations(filter: $filter) {
        edges { node { name whistleMattersLed(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }
      }
    }`;
  interface Led {
    organizations: {
      edges: {
        node: {
          name: string;
          whistleMattersLed: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { name: string } }[];
          };
        };
      }[];
    };
  }

  it('lists the matters each department leads, in pages', async () => {
    const res = await gql<Led>(app, LED, { filter: { nameContains: prefix }, first: 10 });
    expect(res.errors).toBeUndefined();
    const counts = Object.fromEntries(
      res.data!.organizations.edges.map((e) => [e.node.name.slice(prefix.length), e.node.whistleMattersLed.totalCount]),
    );
    expect(counts).toEqual({ 城市管理局: 13, 市场监督管理局: 1, 公安局: 1, 中心街道办事处: 0, 北关街道办事处: 0 });
    const city = res.data!.organizations.edges.find((e) => e.node.name === `${prefix}城市管理局`)!.node
      .whistleMattersLed;
    expect(city.edges).toHaveLength(10);
    const next = await gql<Led>(app, LED, {
      filter: { name: `${prefix}城市管理局` },
      first: 10,
      after: city.pageInfo.endCursor,
    });
    const rest = next.data!.organizations.edges[0]!.node.whistleMattersLed;
    expect(rest.edges.map((e) => e.node.name)).toEqual(['08', '09', '10'].map((n) => `${prefix}批量事项${n}`));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe('round trips of a nested query', () => {
  const NESTED = `
    query Nested($filter: WhistleMatterFilter) {
      whistleMatters(filter: $filter, first: 20) {
        totalCount
        edges { node {
          name
          whistledBy { name }
          cooperating { name }
          neededPowers { name exercisedBy { name } }
          lead { name whistleMattersLed(first: 3) { totalCount } powers(first: 5) { edges { node { name exercisedBy { name } } } } }
        } }
      }
    }`;

  async function roundTrips(filter: Record<string, unknown>): Promise<{ trips: number; rows: number }> {
    const before = app.db.roundTrips;
    const res = await gql<{ whistleMatters: { edges: unknown[] } }>(app, NESTED, { filter });
    expect(res.errors).toBeUndefined();
    return { trips: app.db.roundTrips - before, rows: res.data!.whistleMatters.edges.length };
  }

  it('does not grow with the number of matters (whistle matters → lead → powers)', async () => {
    const few = await roundTrips({ nameContains: `${prefix}占道` });
    const many = await roundTrips({ nameContains: `${prefix}批量` });
    expect(few.rows).toBe(1);
    expect(many.rows).toBe(11);
    expect(many.trips).toBe(few.trips);
    expect(many.trips).toBeLessThanOrEqual(8);
  });
});

describe('node(id) of a whistle matter', () => {
  it('resolves a matter by its global id', async () => {
    const list = await page({ filter: { nameContains: `${prefix}无证` } });
    const id = list.edges[0]!.node.id;
    const res = await gql<{ node: unknown }>(
      app,
      `query N($id: ID!) { node(id: $id) { __typename ... on WhistleMatter { name kind urgency responseLimitMinutes closeLimitDays streetDuty neededPowers { name } } } }`,
      { id },
    );
    expect(res.data!.node).toEqual({
      __typename: 'WhistleMatter',
      name: `${prefix}无证食品摊贩`,
      kind: '群众诉求',
      urgency: '日常',
      responseLimitMinutes: 30,
      closeLimitDays: 5,
      streetDuty: '发现并上报',
      neededPowers: [{ name: '对无证经营食品的处罚' }],
    });
  });
});
