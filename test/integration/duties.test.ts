import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/builders';
import { ListBuilder } from '../support/list-builders';

const NODE = `
  query Node($id: ID!) {
    node(id: $id) {
      __typename id
      ... on TownshipDutyItem {
        listKind name townshipDuty departmentDuty validFrom
        township { name } counterparts { name } primaryCounterpart { name } neededPowers { id name }
      }
      ... on LenientItem { kind violation conditions appliesTo { name category } implementedBy { name } }
    }
  }`;

let app: TestApp;
const prefix = uniquePrefix('履职');
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  const orgs = new GraphBuilder(app, prefix);
  const lists = new ListBuilder(app, prefix);
  const [town, housing, nature, market] = await orgs.orgs([
    { name: '东山镇人民政府', orgType: 'TOWNSHIP_GOV' },
    { name: '住房和城乡建设局', orgType: 'GOV_DEPT' },
    { name: '自然资源局', orgType: 'GOV_DEPT' },
    { name: '市场监督管理局', orgType: 'GOV_DEPT' },
  ]);
  const [old] = await lists.powers([{ name: '对违法建设的处罚', organizationId: housing!, validTo: '2023-12-31' }]);
  const [current] = await lists.powers([
    { name: '对违法建设的处罚', organizationId: housing!, validFrom: '2024-01-01', supersedesId: old! },
  ]);
  const [label] = await lists.powers([{ name: '对未按规定标注食品标签的处罚', organizationId: market! }]);
  const [duty] = await lists.dutyItems([
    {
      name: '违法建设巡查',
      townshipId: town!,
      // The first listed is PRIMARY and comes first, although 住房… sorts before 自然… by name.
      counterpartIds: [nature!, housing!],
      powerIds: [old!, current!],
      listKind: 'COOPERATIVE',
      townshipDuty: '日常巡查，发现后及时制止并报告',
      departmentDuty: '依法查处',
    },
  ]);
  const [lenient] = await lists.lenientItems([
    {
      violation: '首次未按规定标注食品标签',
      powerIds: [label!],
      implementedByIds: [market!],
      conditions: '首次违法且及时改正',
    },
  ]);
  Object.assign(ids, { duty, lenient, old, current });
}, 60_000);

afterAll(async () => {
  await app.close();
});

describe('node(id) of list rows without a list query', () => {
  it('resolves a township duty item with its township, counterparts (primary first) and needed powers', async () => {
    const id = toGlobalId('TownshipDutyItem', ids['duty']!);
    const res = await gql<{ node: unknown }>(app, NODE, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({
      __typename: 'TownshipDutyItem',
      id,
      listKind: 'COOPERATIVE',
      name: '违法建设巡查',
      townshipDuty: '日常巡查，发现后及时制止并报告',
      departmentDuty: '依法查处',
      validFrom: '2022-01-01',
      township: { name: `${prefix}东山镇人民政府` },
      counterparts: [{ name: `${prefix}自然资源局` }, { name: `${prefix}住房和城乡建设局` }],
      primaryCounterpart: { name: `${prefix}自然资源局` },
      neededPowers: [{ id: toGlobalId('Power', ids['current']!), name: '对违法建设的处罚' }],
    });
  });

  it('resolves a lenient item with the powers it applies to and the departments that apply it', async () => {
    const id = toGlobalId('LenientItem', ids['lenient']!);
    const res = await gql<{ node: unknown }>(app, NODE, { id });
    expect(res.data!.node).toEqual({
      __typename: 'LenientItem',
      id,
      kind: 'FIRST_OFFENCE_NO_PENALTY',
      violation: '首次未按规定标注食品标签',
      conditions: '首次违法且及时改正',
      appliesTo: [{ name: '对未按规定标注食品标签的处罚', category: 'PUNISHMENT' }],
      implementedBy: [{ name: `${prefix}市场监督管理局` }],
    });
  });

  it('gives null for unknown ids of these types and BAD_USER_INPUT for malformed ones', async () => {
    for (const type of ['TownshipDutyItem', 'LenientItem', 'WhistleMatter', 'EnforcementItem'] as const) {
      const res = await gql<{ node: null }>(app, NODE, { id: toGlobalId(type, `${prefix}-missing`) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
    const malformed = await gql(app, NODE, { id: Buffer.from('TownshipDutyItem:').toString('base64url') });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
