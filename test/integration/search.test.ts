import { randomInt } from 'node:crypto';

import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { ListBuilder } from '../support/list-builders';

interface Hit {
  score: number;
  snippet: string | null;
  node: { __typename: string; id: string; name?: string; violation?: string };
}

const SEARCH = `
  query Search($text: String!, $first: Int, $asOf: Date) {
    search(text: $text, first: $first, asOf: $asOf) {
      score snippet
      node {
        __typename id
        ... on Organization { name }
        ... on Power { name }
        ... on WhistleMatter { name }
        ... on TownshipDutyItem { name }
        ... on LenientItem { violation }
      }
    }
  }`;

let app: TestApp;
const prefix = uniquePrefix('搜索');
/**
 * Two rare ideographs unique to this run: the whole database shares one search index, so the
 * ranking assertions use words no other test or dataset contains.
 */
const tag = String.fromCodePoint(0x9f00 + randomInt(0, 0x90), 0x9f00 + randomInt(0, 0x90));

async function search(text: string, variables: Record<string, unknown> = {}): Promise<Hit[]> {
  const res = await gql<{ search: Hit[] }>(app, SEARCH, { text, ...variables });
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

const label = (hit: Hit): string => hit.node.name ?? hit.node.violation ?? '';
const mine = (hits: Hit[]): Hit[] => hits.filter((h) => label(h).includes(tag) || label(h).includes(prefix));

beforeAll(async () => {
  app = await startTestApp();
  const orgs = new GraphBuilder(app, prefix);
  const lists = new ListBuilder(app, prefix);
  const [housing, market, town] = await orgs.orgs([
    { name: '住房和城乡建设局', orgType: 'GOV_DEPT' },
    { name: `${tag}食品药品监督所`, orgType: 'PUBLIC_INSTITUTION' },
    { name: '东山镇人民政府', orgType: 'TOWNSHIP_GOV' },
  ]);
  await lists.powers([
    { name: `${tag}违法建设`, organizationId: housing! },
    { name: `${tag}违法建设行为的查处`, organizationId: housing! },
    { name: `${tag}食品经营许可`, organizationId: market!, category: 'LICENSING' },
    { name: `${tag}违法建设旧事项`, organizationId: housing!, validFrom: '2019-01-01', validTo: '2020-12-31' },
    { name: `${prefix}对无照经营的处罚`, subName: `无照${tag}违法建设`, organizationId: housing! },
  ]);
  await lists.whistleMatters([{ name: `对${tag}违法建设的劝阻`, leadIds: [housing!], whistledByIds: [town!] }]);
  await lists.dutyItems([
    {
      name: `${tag}违法占地建设巡查`,
      townshipId: town!,
      townshipDuty: '发现后及时制止并报告',
      counterpartIds: [housing!],
    },
  ]);
  await lists.lenientItems([
    { violation: `首次${tag}违法建设且面积较小`, implementedByIds: [housing!] },
    { violation: `${tag}食品标签瑕疵`, implementedByIds: [market!] },
  ]);
}, 60_000);

afterAll(async () => {
  await app.close();
});

describe('search', () => {
  it('ranks the exact name first, then names starting with the text, then names containing it, then partial matches', async () => {
    const hits = mine(await search(`${tag}违法建设`));
    const containing = [`对${tag}违法建设的劝阻`, `首次${tag}违法建设且面积较小`, `${prefix}对无照经营的处罚`];
    expect(hits.slice(0, 2).map(label)).toEqual([`${tag}违法建设`, `${tag}违法建设行为的查处`]);
    expect(new Set(hits.slice(2, 5).map(label))).toEqual(new Set(containing));
    // Then rows sharing only some words, best full-text score first: 违法 + 建设 + the tag beats the tag alone.
    expect(label(hits[5]!)).toBe(`${tag}违法占地建设巡查`);

    expect(hits[0]).toMatchObject({ snippet: `【${tag}违法建设】`, node: { __typename: 'Power' } });
    expect(hits[0]!.score).toBeGreaterThanOrEqual(3);
    expect(hits[1]!.score).toBeGreaterThanOrEqual(2);
    expect(hits[1]!.score).toBeLessThan(3);
    for (const hit of hits.slice(2, 5)) {
      expect(hit.score).toBeGreaterThanOrEqual(1);
      expect(hit.score).toBeLessThan(2);
      expect(hit.snippet).toContain(`【${tag}违法建设】`);
    }
    // A sub-item matches through its subName, and the snippet shows the sub-item.
    expect(hits.find((h) => label(h) === `${prefix}对无照经营的处罚`)!.snippet).toBe(`无照【${tag}违法建设】`);
    for (const hit of hits.slice(5)) expect(hit.score).toBeLessThan(1);
    expect(hits[5]!.snippet).toBe(`【${tag}违法】占地【建设】巡查`);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('finds every kind of row: organizations, powers, whistle matters, duty items and lenient items', async () => {
    const hits = mine(await search(tag, { first: 100 }));
    expect(new Set(hits.map((h) => h.node.__typename))).toEqual(
      new Set(['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem']),
    );
    const food = mine(await search(`${tag}食品`));
    expect(food.map((h) => [h.node.__typename, label(h)])).toEqual(
      expect.arrayContaining([
        ['Power', `${tag}食品经营许可`],
        ['LenientItem', `${tag}食品标签瑕疵`],
        ['Organization', `${prefix}${tag}食品药品监督所`],
      ]),
    );
    // The organization only contains the text: after the two rows that start with it.
    const at = (name: string): number => food.findIndex((h) => label(h) === name);
    expect(at(`${prefix}${tag}食品药品监督所`)).toBeGreaterThan(
      Math.max(at(`${tag}食品经营许可`), at(`${tag}食品标签瑕疵`)),
    );
  });

  it('finds rows from a single character through the words it starts', async () => {
    const hits = mine(await search(tag.slice(0, 1), { first: 100 }));
    expect(hits.length).toBeGreaterThanOrEqual(8);
    expect(hits[0]!.snippet).toContain('【');
  });

  it('returns only rows valid on asOf (default today)', async () => {
    const today = mine(await search(`${tag}违法建设旧事项`));
    expect(today.map(label)).not.toContain(`${tag}违法建设旧事项`);
    const then = mine(await search(`${tag}违法建设旧事项`, { asOf: '2020-06-01' }));
    expect(then[0]).toMatchObject({ node: { name: `${tag}违法建设旧事项` } });
    expect(then[0]!.score).toBeGreaterThanOrEqual(3);
  });

  it('ranks an exact "违法建设" above names merely containing it', async () => {
    const lists = new ListBuilder(app, `${prefix}b`);
    const [housing] = await new GraphBuilder(app, `${prefix}b`).orgs([{ name: '城管局', orgType: 'GOV_DEPT' }]);
    const [containingId, exactId] = await lists.powers([
      { name: '对违法建设行为的处罚', organizationId: housing! },
      { name: '违法建设', organizationId: housing! },
    ]);
    const hits = await search('违法建设', { first: 100 });
    const exact = hits.findIndex((h) => h.node.id === toGlobalId('Power', exactId!));
    const containing = hits.findIndex((h) => h.node.id === toGlobalId('Power', containingId!));
    expect(exact).toBeGreaterThanOrEqual(0);
    expect(hits[exact]!.score).toBeGreaterThanOrEqual(3);
    // Every exact name (tier 3) comes before every name that merely contains the text.
    if (containing >= 0) expect(containing).toBeGreaterThan(exact);
    expect(hits[exact]!.snippet).toBe('【违法建设】');
  });

  it('treats query syntax in user text as plain text and validates the arguments', async () => {
    for (const text of ['") OR *:*', 'name:违法 AND NOT x', '（）', '\\']) {
      const res = await gql<{ search: Hit[] }>(app, SEARCH, { text });
      expect(res.errors).toBeUndefined();
    }
    expect(await search('（）')).toEqual([]);
    for (const variables of [{ text: '食品', first: 101 }, { text: '   ' }, { text: '食品', asOf: '2024-02-30' }]) {
      const res = await gql(app, SEARCH, variables);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });
});
