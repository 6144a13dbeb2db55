import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { PowerBuilder } from '../support/power-builders';

interface PowerNode {
  id: string;
  name: string;
  subName: string | null;
  category: string;
  code: string | null;
}
interface Page {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: PowerNode }[];
}

const POWERS = `
  query Powers($filter: PowerFilter, $asOf: Date, $first: Int, $after: String) {
    powers(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name subName category code } }
    }
  }`;

const ORG_POWERS = `
  query OrgPowers($id: ID!, $category: PowerCategory, $asOf: Date, $first: Int, $after: String) {
    node(id: $id) {
      ... on Organization {
        powers(category: $category, asOf: $asOf, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id name subName category code } }
        }
      }
    }
  }`;

let app: TestApp;
let orgs: GraphBuilder;
let build: PowerBuilder;
const prefix = uniquePrefix('职权');
const org: Record<string, string> = {};
let ids: Record<string, string> = {};

const gid = (localId: string): string => toGlobalId('Organization', localId);
const powerGid = (key: string): string => toGlobalId('Power', ids[key]!);

beforeAll(async () => {
  app = await startTestApp();
  orgs = new GraphBuilder(app, prefix);
  build = new PowerBuilder(app, prefix);
  await orgs.divisions([{ code: 'city', name: '示例市', level: 'CITY' }]);
  const [a, b, old, unit] = await orgs.orgs([
    { name: '甲局', orgType: 'GOV_DEPT', divisionCode: 'city' },
    { name: '乙局', orgType: 'GOV_DEPT', divisionCode: 'city' },
    { name: '旧局', orgType: 'GOV_DEPT', divisionCode: 'city', validFrom: '2019-01-01', validTo: '2023-12-31' },
    { name: '甲局执法科', orgType: 'INTERNAL_UNIT', divisionCode: 'city', parentName: '甲局' },
  ]);
  Object.assign(org, { a, b, old, unit });
  await build.laws([
    {
      key: 'jia',
      name: '甲法',
      versions: [
        { key: 'jia1', publishDate: '2010-01-01', expired: true, provisions: [{ article: 3, text: '旧第三条' }] },
        {
          key: 'jia2',
          publishDate: '2021-04-29',
          provisions: [
            { article: 3, text: '第三条 本法适用于……' },
            { article: 5, paragraph: 2, text: '第五条第二款' },
          ],
        },
      ],
    },
  ]);
  const byA = [{ organizationId: a! }];
  ids = await build.powers([
    ...Array.from({ length: 20 }, (_, i) => ({
      key: `a${i}`,
      name: `对违法行为${String(i).padStart(2, '0')}的处罚`,
      exercisedBy: byA,
    })),
    { key: 'lic', name: '建设许可', category: 'LICENSING', code: `${prefix}-001`, exercisedBy: byA },
    { key: 'lic-2', name: '建设许可', subName: '乙子项', category: 'LICENSING', parent: 'lic', exercisedBy: byA },
    { key: 'lic-1', name: '建设许可', subName: '甲子项', category: 'LICENSING', parent: 'lic', exercisedBy: byA },
    {
      key: 'lic-old',
      name: '建设许可',
      subName: '已取消子项',
      category: 'LICENSING',
      parent: 'lic',
      validTo: '2021-12-31',
      exercisedBy: byA,
    },
    {
      key: 'shared',
      name: '联合检查',
      category: 'INSPECTION',
      exercisedBy: [{ organizationId: b! }, { organizationId: a! }],
      undertakenBy: unit!,
      responsibilities: [
        { stage: '检查', text: '依法实施检查' },
        { stage: '处置', text: '发现问题依法处置' },
      ],
      accountability: ['未依法履行检查职责的'],
      source: { file: '甲局权责清单.xlsx', sheet: '行政检查', row: 17 },
      citations: [
        {
          text: '【法律】《甲法》第三条',
          levelTag: '法律',
          level: 'LAW',
          lawName: '甲法',
          article: 3,
          provision: { version: 'jia2', article: 3 },
        },
        {
          text: '《丙规定》',
          lawName: '丙规定',
          unresolvedCode: 'LAW_NOT_IN_CATALOG',
          unresolvedReason: '法律目录中没有该法规',
        },
        {
          role: 'RESPONSIBILITY',
          text: '《甲法》第五条第二款',
          level: 'LAW',
          lawName: '甲法',
          article: 5,
          paragraph: 2,
          provision: { version: 'jia2', article: 5, paragraph: 2 },
        },
        { text: '《甲法》（2010年）第三条', lawName: '甲法', article: 3, provision: { version: 'jia1', article: 3 } },
      ],
    },
    { key: 'old', name: '旧局的处罚', exercisedBy: [{ organizationId: old! }] },
    {
      key: 'expiring',
      name: '到期的裁决',
      category: 'ADJUDICATION',
      validTo: '2022-06-30',
      exercisedBy: [{ organizationId: b! }],
    },
  ]);
});

afterAll(async () => {
  await app.close();
});

const mine = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ nameContains: prefix, ...extra });

async function powers(variables: Record<string, unknown>): Promise<Page> {
  const res = await gql<{ powers: Page }>(app, POWERS, { asOf: '2025-06-01', ...variables });
  expect(res.errors).toBeUndefined();
  return res.data!.powers;
}

async function orgPowers(id: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const res = await gql<{ node: { powers: Page } }>(app, ORG_POWERS, { id: gid(id), asOf: '2025-06-01', ...variables });
  expect(res.errors).toBeUndefined();
  return res.data!.node.powers;
}

const label = (n: PowerNode): string => `${n.name.slice(prefix.length)}${n.subName ? `/${n.subName}` : ''}`;

async function pageThrough(
  fetch: (after: string | null) => Promise<Page>,
): Promise<{ labels: string[]; pages: number }> {
  const labels: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await fetch(after);
    labels.push(...page.edges.map((e) => label(e.node)));
    pages += 1;
    if (!page.pageInfo.hasNextPage) return { labels, pages };
    after = page.pageInfo.endCursor;
  }
}

describe('powers', () => {
  it('pages forward through every power valid on the date without duplicates or gaps, by name then sub-item', async () => {
    const { labels, pages } = await pageThrough((after) => powers({ filter: mine(), first: 4, after }));
    // 20 punishments + 3 licensing rows valid in 2025 + shared + old + (expiring is gone)
    expect(labels).toHaveLength(25);
    expect(pages).toBe(7);
    expect(new Set(labels).size).toBe(25);
    const sorted = [...labels].sort((x, y) => {
      const [xn = '', xs = ''] = x.split('/');
      const [yn = '', ys = ''] = y.split('/');
      return xn < yn ? -1 : xn > yn ? 1 : xs < ys ? -1 : xs > ys ? 1 : 0;
    });
    expect(labels).toEqual(sorted);
    expect(labels.filter((l) => l.startsWith('建设许可'))).toEqual(['建设许可', '建设许可/乙子项', '建设许可/甲子项']);
    expect((await powers({ filter: mine(), first: 0 })).totalCount).toBe(25);
  });

  it('filters by exact name, part of the name or sub-item, code and categories', async () => {
    const exact = await powers({ filter: { name: ` ${prefix}建设许可 ` } });
    expect(exact.edges.map((e) => label(e.node))).toEqual(['建设许可', '建设许可/乙子项', '建设许可/甲子项']);

    const bySub = await powers({ filter: { nameContains: `甲子项`, name: `${prefix}建设许可` } });
    expect(bySub.edges.map((e) => label(e.node))).toEqual(['建设许可/甲子项']);

    const code = await powers({ filter: { code: `${prefix}-001` } });
    expect(code.edges.map((e) => e.node.code)).toEqual([`${prefix}-001`]);

    const categories = await powers({ filter: mine({ categories: ['LICENSING', 'INSPECTION'] }) });
    expect(categories.totalCount).toBe(4);
    expect(new Set(categories.edges.map((e) => e.node.category))).toEqual(new Set(['LICENSING', 'INSPECTION']));
  });

  it('filters by the exercising organization, with the other conditions', async () => {
    const ofB = await powers({ filter: { organizationId: gid(org['b']!) } });
    expect(ofB.edges.map((e) => label(e.node))).toEqual(['联合检查']);
    expect(ofB.totalCount).toBe(1);
    const ofAInspections = await powers({ filter: { organizationId: gid(org['a']!), categories: ['LICENSING'] } });
    expect(ofAInspections.totalCount).toBe(3);
  });

  it('lists a power only up to its last day', async () => {
    const filter = { name: `${prefix}到期的裁决` };
    expect((await powers({ filter, asOf: '2022-06-30' })).totalCount).toBe(1);
    expect((await powers({ filter, asOf: '2022-07-01' })).totalCount).toBe(0);
    expect((await powers({ filter, asOf: '2019-12-31' })).totalCount).toBe(0);
    const ofB = await orgPowers(org['b']!, { asOf: '2022-06-30' });
    expect(ofB.edges.map((e) => label(e.node))).toEqual(['到期的裁决', '联合检查']);
    const sub = await powers({ filter: { name: `${prefix}建设许可` }, asOf: '2021-12-31' });
    expect(sub.edges.map((e) => label(e.node))).toContain('建设许可/已取消子项');
  });

  it('gives an abolished organization no powers after its last day', async () => {
    expect((await orgPowers(org['old']!, { asOf: '2023-12-31' })).edges.map((e) => label(e.node))).toEqual([
      '旧局的处罚',
    ]);
    expect((await orgPowers(org['old']!, { asOf: '2024-01-01' })).edges).toEqual([]);
    expect((await orgPowers(org['old']!, { asOf: '2024-01-01', first: 0 })).totalCount).toBe(0);
    expect((await powers({ filter: { organizationId: gid(org['old']!) }, asOf: '2023-12-31' })).totalCount).toBe(1);
    expect((await powers({ filter: { organizationId: gid(org['old']!) }, asOf: '2024-01-01' })).totalCount).toBe(0);

    const EXERCISED = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Power { exercisedBy(asOf: $asOf) { name } } } }`;
    const before = await gql<{ node: { exercisedBy: { name: string }[] } }>(app, EXERCISED, {
      id: powerGid('old'),
      asOf: '2023-12-31',
    });
    const after = await gql<{ node: { exercisedBy: { name: string }[] } }>(app, EXERCISED, {
      id: powerGid('old'),
      asOf: '2024-01-01',
    });
    expect(before.data!.node.exercisedBy).toEqual([{ name: `${prefix}旧局` }]);
    expect(after.data!.node.exercisedBy).toEqual([]);
  });
});

describe('Organization.powers', () => {
  it("pages through one organization's powers without duplicates or gaps and filters by category", async () => {
    const { labels, pages } = await pageThrough((after) => orgPowers(org['a']!, { first: 6, after }));
    expect(labels).toHaveLength(24);
    expect(new Set(labels).size).toBe(24);
    expect(pages).toBe(4);
    expect((await orgPowers(org['a']!, { first: 0 })).totalCount).toBe(24);
    const inspections = await orgPowers(org['a']!, { category: 'INSPECTION' });
    expect(inspections.edges.map((e) => label(e.node))).toEqual(['联合检查']);
  });

  it('gives exercisedBy the date the list was asked for unless told otherwise', async () => {
    const Q = `query($id: ID!) { node(id: $id) { ... on Organization {
      powers(asOf: "2023-06-01") { edges { node { exercisedBy { name } today: exercisedBy(asOf: "2025-01-01") { name } } } } } } }`;
    const res = await gql<{ node: { powers: { edges: { node: { exercisedBy: unknown[]; today: unknown[] } }[] } } }>(
      app,
      Q,
      {
        id: gid(org['old']!),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.powers.edges[0]!.node.exercisedBy).toEqual([{ name: `${prefix}旧局` }]);
    expect(res.data!.node.powers.edges[0]!.node.today).toEqual([]);
  });
});

describe('Power', () => {
  const DETAIL = `query($id: ID!) { node(id: $id) { id __typename ... on Power {
    name subName category rawCategory code validFrom validTo itemKey
    exercisedBy { name }
    undertakenBy { name parent { name } }
    responsibilities { stage text order }
    accountability
    source { file sheet row }
    basis { text level levelCode role unresolvedReason unresolvedCode article paragraph
      provision { id article paragraph text law { name } version { current expired publishDate } } }
    parent { subName }
    subItems { subName }
  } } }`;

  it('resolves by its global id with exercisers, unit, responsibilities, accountability and provenance', async () => {
    const res = await gql<{ node: Record<string, unknown> }>(app, DETAIL, { id: powerGid('shared') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toMatchObject({
      id: powerGid('shared'),
      __typename: 'Power',
      category: 'INSPECTION',
      rawCategory: '行政检查',
      validFrom: '2020-01-01',
      validTo: null,
      itemKey: `INSPECTION|${prefix}联合检查|`,
      exercisedBy: [{ name: `${prefix}乙局` }, { name: `${prefix}甲局` }].sort((x, y) => (x.name < y.name ? -1 : 1)),
      undertakenBy: { name: `${prefix}甲局执法科`, parent: { name: `${prefix}甲局` } },
      responsibilities: [
        { stage: '检查', text: '依法实施检查', order: 0 },
        { stage: '处置', text: '发现问题依法处置', order: 1 },
      ],
      accountability: ['未依法履行检查职责的'],
      source: { file: '甲局权责清单.xlsx', sheet: '行政检查', row: 17 },
      parent: null,
      subItems: [],
    });
  });

  it('lists every citation of both roles in source order, resolved or with the reason it did not resolve', async () => {
    const res = await gql<{ node: { basis: Record<string, unknown>[] } }>(app, DETAIL, { id: powerGid('shared') });
    const basis = res.data!.node.basis;
    expect(basis.map((c) => c['text'])).toEqual([
      '【法律】《甲法》第三条',
      '《丙规定》',
      '《甲法》第五条第二款',
      '《甲法》（2010年）第三条',
    ]);
    expect(basis[0]).toMatchObject({
      level: '法律',
      levelCode: 'LAW',
      role: 'IMPLEMENTING',
      provision: {
        id: toGlobalId('Provision', build.provisionId('jia2', { article: 3 })),
        article: 3,
        paragraph: null,
        law: { name: `${prefix}甲法` },
        version: { current: true, expired: false, publishDate: '2021-04-29' },
      },
    });
    expect(basis[1]).toMatchObject({
      provision: null,
      unresolvedCode: 'LAW_NOT_IN_CATALOG',
      unresolvedReason: '法律目录中没有该法规',
      level: null,
    });
    expect(basis[2]).toMatchObject({ role: 'RESPONSIBILITY', level: 'LAW', provision: { article: 5, paragraph: 2 } });
    expect(basis[3]).toMatchObject({ provision: { text: '旧第三条', version: { current: false, expired: true } } });
  });

  it('links sub-items and their item row, as of the date', async () => {
    const res = await gql<{ node: { subItems: { subName: string }[] } }>(app, DETAIL, { id: powerGid('lic') });
    expect(res.data!.node.subItems).toEqual([{ subName: '乙子项' }, { subName: '甲子项' }]);
    const SUBS = `query($id: ID!) { node(id: $id) { ... on Power { subItems(asOf: "2021-06-01") { subName parent { name } } } } }`;
    const past = await gql<{ node: { subItems: { subName: string }[] } }>(app, SUBS, { id: powerGid('lic') });
    expect(past.data!.node.subItems.map((s) => s.subName)).toEqual(['乙子项', '已取消子项', '甲子项']);
    const child = await gql<{ node: { parent: { subName: null } } }>(app, DETAIL, { id: powerGid('lic-1') });
    expect(child.data!.node.parent).toEqual({ subName: null });
  });

  it('gives null for an unknown power id', async () => {
    const res = await gql<{ node: null }>(app, DETAIL, { id: toGlobalId('Power', `${prefix}-nothing`) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });
});

describe('errors', () => {
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }): unknown =>
    res.errors?.[0]?.extensions?.['code'];

  it('rejects an organization filter with a malformed id or an id of another type, and reports an unknown one', async () => {
    expect(codeOf(await gql(app, POWERS, { filter: { organizationId: '%%%' } }))).toBe('BAD_USER_INPUT');
    const wrongType = await gql(app, POWERS, { filter: { organizationId: toGlobalId('Power', ids['shared']!) } });
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0]?.extensions?.['field']).toBe('filter.organizationId');
    const unknownId = gid('org-does-not-exist');
    const unknown = await gql(app, POWERS, { filter: { organizationId: unknownId } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain(unknownId);
  });

  it('rejects a page larger than 500, a cursor of another list and an impossible date', async () => {
    expect(codeOf(await gql(app, POWERS, { first: 501 }))).toBe('BAD_USER_INPUT');
    const orgCursor = Buffer.from(JSON.stringify(['名称', 'org-1'])).toString('base64url');
    expect(codeOf(await gql(app, POWERS, { after: orgCursor }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app, ORG_POWERS, { id: gid(org['a']!), first: 501 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app, POWERS, { asOf: '2023-02-30' }))).toBe('BAD_USER_INPUT');
  });
});
