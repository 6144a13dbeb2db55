import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';

interface OrgPage {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string; orgType: string; division: { code: string } | null } }[];
  };
}

const PAGE = `
  query Page($filter: OrganizationFilter, $asOf: Date, $first: Int, $after: String) {
    organizations(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name orgType division { code } } }
    }
  }`;

let app: TestApp;
let build: GraphBuilder;
const prefix = uniquePrefix('机构');

beforeAll(async () => {
  app = await startTestApp();
  build = new GraphBuilder(app, prefix);
  await build.divisions([
    { code: 'city', name: '示例市', level: 'CITY' },
    { code: 'town1', name: '东山镇', level: 'TOWNSHIP', parentCode: 'city' },
    { code: 'street1', name: '中心街道', level: 'STREET', parentCode: 'city' },
  ]);
  await build.orgs([
    ...Array.from({ length: 23 }, (_, i) => ({
      name: `部门${String(i).padStart(2, '0')}`,
      orgType: 'GOV_DEPT' as const,
      divisionCode: 'city',
    })),
    { name: '东山镇人民政府', orgType: 'TOWNSHIP_GOV', divisionCode: 'town1' },
    { name: '中心街道办事处', orgType: 'STREET_OFFICE', divisionCode: 'street1' },
    { name: '旧局', orgType: 'GOV_DEPT', divisionCode: 'city', validFrom: '2019-01-01', validTo: '2023-12-31' },
  ]);
});

afterAll(async () => {
  await app.close();
});

const mine = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ nameContains: prefix, ...extra });

describe('organizations', () => {
  it('pages forward through every matching organization without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof gql<OrgPage>>> = await gql<OrgPage>(app, PAGE, {
        filter: mine(),
        first: 7,
        after,
        asOf: '2025-06-01',
      });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.organizations;
      expect(conn.totalCount).toBe(25);
      seen.push(...conn.edges.map((e) => e.node.name));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen).toEqual([...seen].sort());
  });

  it('keeps a cursor correct when rows are inserted before it', async () => {
    const first = await gql<OrgPage>(app, PAGE, { filter: mine({ orgTypes: ['GOV_DEPT'] }), first: 5, asOf: '2025-06-01' });
    const cursor = first.data!.organizations.pageInfo.endCursor;
    await build.orgs([{ name: '部门00a', orgType: 'GOV_DEPT', divisionCode: 'city' }]);
    const next = await gql<OrgPage>(app, PAGE, { filter: mine({ orgTypes: ['GOV_DEPT'] }), first: 1, after: cursor, asOf: '2025-06-01' });
    expect(next.data!.organizations.edges[0]!.node.name).toBe(`${prefix}部门05`);
    expect(next.data!.organizations.pageInfo.hasPreviousPage).toBe(true);
  });

  it('filters by exact name ignoring whitespace, by type and by division including the divisions below it', async () => {
    const exact = await gql<OrgPage>(app, PAGE, { filter: { name: ` ${prefix}东山镇 人民政府 ` } });
    expect(exact.data!.organizations.edges.map((e) => e.node.orgType)).toEqual(['TOWNSHIP_GOV']);

    const types = await gql<OrgPage>(app, PAGE, { filter: mine({ orgTypes: ['TOWNSHIP_GOV', 'STREET_OFFICE'] }) });
    expect(types.data!.organizations.totalCount).toBe(2);

    const inCity = await gql<OrgPage>(app, PAGE, { filter: mine({ divisionCode: build.code('city') }), first: 0 });
    // 23 departments + the one added by the cursor test + the township and the street below the city
    expect(inCity.data!.organizations.totalCount).toBe(26);
    const inTown = await gql<OrgPage>(app, PAGE, { filter: { divisionCode: build.code('town1') } });
    expect(inTown.data!.organizations.edges.map((e) => e.node.name)).toEqual([`${prefix}东山镇人民政府`]);
    expect(inTown.data!.organizations.edges[0]!.node.division).toEqual({ code: build.code('town1') });
  });

  it('lists an abolished organization only up to its last day', async () => {
    const filter = { name: `${prefix}旧局` };
    const before = await gql<OrgPage>(app, PAGE, { filter, asOf: '2023-12-31' });
    const after = await gql<OrgPage>(app, PAGE, { filter, asOf: '2024-01-01' });
    const beforeCreation = await gql<OrgPage>(app, PAGE, { filter, asOf: '2018-12-31' });
    expect(before.data!.organizations.totalCount).toBe(1);
    expect(after.data!.organizations.totalCount).toBe(0);
    expect(beforeCreation.data!.organizations.totalCount).toBe(0);
  });

  it('rejects a page larger than 500, a broken cursor and an impossible date with BAD_USER_INPUT', async () => {
    const big = await gql(app, PAGE, { first: 501 });
    expect(big.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toContain('first');
    const cursor = await gql(app, PAGE, { after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const date = await gql(app, PAGE, { asOf: '2023-02-30' });
    expect(date.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('answers an impossible date, in a variable or written in the query, as the catalogue says: BAD_USER_INPUT, Chinese and English', async () => {
    const literal = await gql(app, '{ organizations(asOf: "2023-02-30", first: 1) { totalCount } }');
    const variable = await gql(app, PAGE, { asOf: 'yesterday' });
    for (const [res, value] of [[literal, '2023-02-30'], [variable, 'yesterday']] as const) {
      expect(res.status).toBe(400);
      const error = res.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', value, messageEn: expect.stringContaining(`"${value}" is not a valid date`) });
      expect(error?.message).toMatch(new RegExp(`^日期“${value}”无效.* / "${value}" is not a valid date`, 'u'));
    }
  });
});

describe('resolve', () => {
  const RESOLVE = `query R($names: [String!]!, $divisionCode: String) { resolve(names: $names, divisionCode: $divisionCode) { name organizations { id name } } }`;
  type Resolved = { resolve: { name: string; organizations: { id: string; name: string }[] }[] };

  it('turns exact names (spaces ignored) into organization ids, in a division when one is given', async () => {
    const page = await gql<OrgPage>(app, PAGE, { filter: { name: `${prefix}东山镇人民政府` } });
    const id = page.data!.organizations.edges[0]!.node.id;
    const sent = [`${prefix}东山镇 人民政府`, `${prefix}无此机构`];
    const res = await gql<Resolved>(app, RESOLVE, { names: sent });
    expect(res.data!.resolve).toEqual([
      { name: sent[0], organizations: [{ id, name: `${prefix}东山镇人民政府` }] },
      { name: sent[1], organizations: [] },
    ]);
    const inTown = await gql<Resolved>(app, RESOLVE, { names: [sent[0]], divisionCode: build.code('town1') });
    expect(inTown.data!.resolve[0]!.organizations.map((o) => o.id)).toEqual([id]);
    const elsewhere = await gql<Resolved>(app, RESOLVE, { names: [sent[0]], divisionCode: build.code('street1') });
    expect(elsewhere.data!.resolve[0]!.organizations).toEqual([]);
  });

  it('refuses more than 50 names with BAD_USER_INPUT', async () => {
    const res = await gql<Resolved>(app, RESOLVE, { names: Array.from({ length: 51 }, (_, i) => `名${i}`) });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('node', () => {
  const NODE = `query Node($id: ID!) { node(id: $id) { id __typename ... on Organization { name parent { name } } ... on AdminDivision { code parent { code } } } }`;

  it('fetches an organization and a division by their global ids', async () => {
    const page = await gql<OrgPage>(app, PAGE, { filter: { name: `${prefix}东山镇人民政府` } });
    const id = page.data!.organizations.edges[0]!.node.id;
    const org = await gql<{ node: { id: string; __typename: string; name: string } }>(app, NODE, { id });
    expect(org.data!.node).toMatchObject({ id, __typename: 'Organization', name: `${prefix}东山镇人民政府` });

    const division = await gql<{ node: { code: string; parent: { code: string } } }>(app, NODE, {
      id: toGlobalId('AdminDivision', build.code('town1')),
    });
    expect(division.data!.node).toMatchObject({ code: build.code('town1'), parent: { code: build.code('city') } });
  });

  it('gives null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await gql<{ node: null }>(app, NODE, { id: toGlobalId('Organization', 'org-does-not-exist') });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();
    const malformed = await gql(app, NODE, { id: '%%%' });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const wrongType = await gql(app, NODE, { id: Buffer.from('Nothing:1').toString('base64url') });
    expect(wrongType.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
