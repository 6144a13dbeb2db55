import { mintToken } from '../../src/auth/mint-token';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type GraphQLResponse, type TestApp } from '../support/app';
import { ensureLaws } from '../support/import-helpers';
import { ReassignmentWorld } from '../support/reassignment-builders';

/**
 * The single-item operations of a plan (issue 19): addPower, cancelPower, changePower and
 * adjustHandover. Each writes row versions as an import does, a change set and an impact, and a
 * revert restores the graph exactly; each refusal names its field and writes nothing.
 * 单项调整：新增、取消、变更职权与调整下放。
 */

const SECRET = 'reassignment-items-test-secret-0123456789';
const E = '2025-07-01';
const DAY_BEFORE = '2025-06-30';
const BASIS = '【法律】《中华人民共和国食品安全法》第一百二十四条第一款';

const APPLY = `mutation($plan: ReassignmentPlanInput!, $reason: String!) {
  applyReassignment(plan: $plan, reason: $reason) {
    changeSet { id kind }
    impact { affected { kind change before { id } after { id } } }
  }
}`;
const REVERT = `mutation($id: ID!) { revertChangeSet(id: $id, reason: "撤回") { changeSet { kind } } }`;
const POWER = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Power {
  name codeParts { area type item } subName category rawCategory validFrom validTo accountability exercisedBy(asOf: $asOf) { id }
  responsibilities { stage text } basis { role text unresolvedCode provision { article paragraph law { name } } }
} } }`;

type Entry = { kind: string; change: string; before: { id: string } | null; after: { id: string } };
interface Applied {
  applyReassignment: { changeSet: { id: string; kind: string }; impact: { affected: Entry[] } };
}
interface PowerNode {
  name: string;
  codeParts?: { area: string | null; type: string; item: string } | null;
  subName: string | null;
  category: string;
  rawCategory: string | null;
  validFrom: string | null;
  validTo: string | null;
  accountability: string[];
  exercisedBy: { id: string }[];
  responsibilities: { stage: string | null; text: string }[];
  basis: { role: string; text: string; unresolvedCode: string | null; provision: { article: number; paragraph: number | null; law: { name: string } } | null }[];
}

let app: TestApp;
let editor: string;

beforeAll(async () => {
  app = await startTestApp({ AUTH_JWT_SECRET: SECRET });
  editor = await mintToken({ secret: SECRET, sub: 'editor-zhao', roles: ['editor'], expiresIn: '1h' });
  await ensureLaws(app.db);
}, 240_000);
afterAll(async () => {
  await app.close();
});

async function world(): Promise<ReassignmentWorld> {
  return new ReassignmentWorld(app, uniquePrefix('ri')).build({
    orgs: { a: { name: '市场监管局' }, b: { name: '卫健委' }, t: { name: '某镇', township: true } },
    powers: {
      food: { name: '对生产经营不符合食品安全标准食品的处罚', exercisedBy: ['a'] },
      other: { name: '对无照经营的处罚', exercisedBy: ['a'] },
    },
    handOvers: { h: { power: 'food', from: 'a', to: 't', mode: 'ENTRUST' } },
    whistle: { m: { name: '食品安全投诉', whistledBy: ['t'], lead: ['b'], needs: ['food'] } },
    lenient: { l: { name: '首次轻微食品违法', implementedBy: ['a'], appliesTo: ['food'] } },
  });
}

const apply = (w: ReassignmentWorld, operations: unknown[], reason = `${w.prefix} 单项调整`): Promise<GraphQLResponse<Applied>> =>
  gql<Applied>(app, APPLY, { plan: { effectiveDate: E, operations }, reason }, editor);

async function power(id: string, asOf = E): Promise<PowerNode | null> {
  const response = await gql<{ node: PowerNode | null }>(app, POWER, { id, asOf }, editor);
  expect(response.errors).toBeUndefined();
  return response.data!.node;
}

/** Applies, checks the change set, reverts and checks the graph is exactly as before. */
async function applyThenRevert(w: ReassignmentWorld, operations: unknown[], check: (applied: Applied['applyReassignment']) => Promise<void>): Promise<void> {
  const before = await w.checksum();
  const applied = await apply(w, operations);
  expect(applied.errors).toBeUndefined();
  const result = applied.data!.applyReassignment;
  expect(result.changeSet.kind).toBe('REASSIGNMENT');
  expect(await w.checksum()).not.toBe(before);
  await check(result);
  const reverted = await gql(app, REVERT, { id: result.changeSet.id }, editor);
  expect(reverted.errors).toBeUndefined();
  expect(await w.checksum()).toBe(before);
}

const entries = (affected: Entry[], kind: string) =>
  affected.filter((e) => e.kind === kind).map((e) => [e.change, e.before?.id ?? null, e.after.id]);

describe('addPower', () => {
  it('adds a row from the effective date with its basis resolved as an import resolves it; a revert removes it', async () => {
    const w = await world();
    await applyThenRevert(
      w,
      [
        {
          addPower: {
            organizationId: w.gid('a'),
            name: `${w.prefix}对食品 添加剂 违法使用的处罚`,
            category: '行政 处罚',
            code: '990181121CF00100',
            basis: BASIS,
            responsibilities: [{ stage: '立案', text: '依法立案' }, { text: '依法调查取证' }],
            accountability: ['不依法立案的'],
          },
        },
      ],
      async ({ impact }) => {
        const created = entries(impact.affected, 'POWER');
        expect(created).toEqual([['CREATED', null, expect.any(String)]]);
        const id = created[0]![2] as string;
        expect(fromGlobalId(id).localId).toMatch(/^pw-/);
        expect(await power(id)).toEqual({
          name: `${w.prefix}对食品添加剂违法使用的处罚`,
          codeParts: { area: '990181', type: 'CF', item: '001' },
          subName: null,
          category: 'PUNISHMENT',
          rawCategory: '行政 处罚',
          validFrom: E,
          validTo: null,
          accountability: ['不依法立案的'],
          exercisedBy: [{ id: w.gid('a') }],
          responsibilities: [
            { stage: '立案', text: '依法立案' },
            { stage: null, text: '依法调查取证' },
          ],
          basis: [
            {
              role: 'IMPLEMENTING',
              text: expect.stringContaining('第一百二十四条'),
              unresolvedCode: null,
              provision: { article: 124, paragraph: 1, law: { name: '食品安全法' } },
            },
          ],
        });
        // The day before, the organization does not exercise it yet.
        expect((await power(id, DAY_BEFORE))?.exercisedBy).toEqual([]);
        // The row stores its basis level as an imported row does (statistics groups by it).
        const levels = await gql<{ statistics: { groups: { basisLevel: string; counts: { powers: number } }[] } }>(
          app,
          `query($ids: [ID!]!) { statistics(scope: { organizationIds: $ids }, asOf: "${E}", groupBy: [BASIS_LEVEL]) {
            groups { basisLevel counts { powers } } } }`,
          { ids: [w.gid('a')] },
          editor,
        );
        expect(levels.data?.statistics.groups.find((g) => g.basisLevel === 'LAW')?.counts.powers).toBe(1);
      },
    );
  });
});

describe('cancelPower', () => {
  it('ends the row and its exercise the day before; what names it shows as DEPENDENT; a revert restores it', async () => {
    const w = await world();
    await applyThenRevert(w, [{ cancelPower: { powerId: w.gid('p:food') } }], async ({ impact }) => {
      expect(entries(impact.affected, 'POWER')).toEqual([['CHANGED', w.gid('p:food'), w.gid('p:food')]]);
      expect(entries(impact.affected, 'WHISTLE_MATTER')).toEqual([['DEPENDENT', w.gid('w:m'), w.gid('w:m')]]);
      expect(entries(impact.affected, 'LENIENT_ITEM')).toEqual([['DEPENDENT', w.gid('l:l'), w.gid('l:l')]]);
      expect(entries(impact.affected, 'ENFORCEMENT_ITEM')).toEqual([['DEPENDENT', w.gid('h:h'), w.gid('h:h')]]);
      const cancelled = await power(w.gid('p:food'), DAY_BEFORE);
      expect(cancelled).toMatchObject({ validTo: DAY_BEFORE, exercisedBy: [{ id: w.gid('a') }] });
      expect(await w.exercised('a', E)).toBe(1);
      expect(await w.exercised('a', DAY_BEFORE)).toBe(2);
    });
  });
});

describe('changePower', () => {
  it('versions the row as an import versions a changed one: the new version inherits the lists that name it; a revert restores it', async () => {
    const w = await world();
    await applyThenRevert(
      w,
      [
        {
          changePower: {
            powerId: w.gid('p:food'),
            name: `${w.prefix}对经营超过保质期食品的处罚`,
            subName: '经营超过保质期的食品',
            category: 'PUNISHMENT',
            basis: BASIS,
            responsibilities: [{ stage: '决定', text: '依法作出处罚决定' }],
            accountability: ['未依法作出处罚决定的'],
          },
        },
      ],
      async ({ impact }) => {
        const versioned = entries(impact.affected, 'POWER');
        expect(versioned).toEqual([['VERSIONED', w.gid('p:food'), expect.any(String)]]);
        const newId = versioned[0]![2] as string;
        expect(await power(newId)).toMatchObject({
          name: `${w.prefix}对经营超过保质期食品的处罚`,
          subName: '经营超过保质期的食品',
          validFrom: E,
          validTo: null,
          exercisedBy: [{ id: w.gid('a') }],
          responsibilities: [{ stage: '决定', text: '依法作出处罚决定' }],
          accountability: ['未依法作出处罚决定的'],
          basis: [expect.objectContaining({ provision: expect.objectContaining({ article: 124 }) })],
        });
        expect(await power(w.gid('p:food'), DAY_BEFORE)).toMatchObject({ validTo: DAY_BEFORE });
        // The hand-over, whistle matter and lenient item that named the old version name the new one.
        const named = await gql<{ node: { power: { id: string } } }>(
          app,
          `query($id: ID!) { node(id: $id) { ... on EnforcementItem { power { id } } } }`,
          { id: w.gid('h:h') },
          editor,
        );
        expect(named.errors).toBeUndefined();
        expect(named.data!.node.power.id).toBe(newId);
        expect(entries(impact.affected, 'WHISTLE_MATTER')).toEqual([['DEPENDENT', w.gid('w:m'), w.gid('w:m')]]);
      },
    );
  });

  it('keeps what it does not change: the basis, resolved again, and the duties in their order', async () => {
    const w = await world();
    const added = await apply(w, [
      {
        addPower: {
          organizationId: w.gid('b'),
          name: `${w.prefix}对餐饮服务违法行为的处罚`,
          category: '行政处罚',
          basis: BASIS,
          responsibilities: [{ stage: '立案', text: '一' }, { stage: '调查', text: '二' }, { stage: '决定', text: '三' }],
        },
      },
    ], `${w.prefix} 新增`);
    expect(added.errors).toBeUndefined();
    const id = entries(added.data!.applyReassignment.impact.affected, 'POWER')[0]![2] as string;
    const changed = await gql<Applied>(app, APPLY, {
      plan: { effectiveDate: '2025-09-01', operations: [{ changePower: { powerId: id, name: `${w.prefix}对餐饮服务违法的处罚` } }] },
      reason: `${w.prefix} 更名`,
    }, editor);
    expect(changed.errors).toBeUndefined();
    const newId = entries(changed.data!.applyReassignment.impact.affected, 'POWER')[0]![2] as string;
    expect(await power(newId, '2025-09-01')).toMatchObject({
      name: `${w.prefix}对餐饮服务违法的处罚`,
      responsibilities: [{ stage: '立案', text: '一' }, { stage: '调查', text: '二' }, { stage: '决定', text: '三' }],
      basis: [expect.objectContaining({ unresolvedCode: null, provision: expect.objectContaining({ article: 124 }) })],
    });
  });
});

describe('adjustHandover', () => {
  it('versions the hand-over with its new terms; a revert restores it', async () => {
    const w = await world();
    await applyThenRevert(
      w,
      [{ adjustHandover: { enforcementItemId: w.gid('h:h'), mode: 'GRANT', decisionDocNo: '某府发〔2025〕1号', published: true } }],
      async ({ impact }) => {
        const versioned = entries(impact.affected, 'ENFORCEMENT_ITEM');
        expect(versioned).toEqual([['VERSIONED', w.gid('h:h'), toGlobalId('EnforcementItem', `${w.id('h:h')}~${E}`)]]);
        const item = await gql<{ node: { mode: string; decisionDocNo: string; published: boolean; validFrom: string } }>(
          app,
          `query($id: ID!) { node(id: $id) { ... on EnforcementItem { mode decisionDocNo published validFrom } } }`,
          { id: versioned[0]![2] },
          editor,
        );
        expect(item.data!.node).toEqual({ mode: 'GRANT', decisionDocNo: '某府发〔2025〕1号', published: true, validFrom: E });
        expect(entries(impact.affected, 'POWER')).toEqual([['CHANGED', w.gid('p:food'), w.gid('p:food')]]);
      },
    );
  });
});

describe('refusals', () => {
  it('refuses each invalid item operation naming the field and why, and writes nothing', async () => {
    const w = await world();
    const before = await w.checksum();
    const add = (over: Record<string, unknown>) => ({
      addPower: { organizationId: w.gid('a'), name: `${w.prefix}新职权`, category: '行政处罚', ...over },
    });
    const cases: [string, unknown[], string, string][] = [
      ['blank name', [add({ name: '  ' })], 'plan.operations[0].addPower.name', '缺少事项名称'],
      ['unknown category', [add({ category: '行政乱来' })], 'plan.operations[0].addPower.category', '无法识别的权力类型“行政乱来”'],
      ['unresolved basis', [add({ basis: '《某某不存在条例》第一条' })], 'plan.operations[0].addPower.basis', '无法解析'],
      [
        'blank duty',
        [add({ responsibilities: [{ text: '受理' }, { text: ' ' }] })],
        'plan.operations[0].addPower.responsibilities[1].text',
        '责任事项内容不能为空',
      ],
      [
        'duplicate row',
        [add({}), add({ name: ` ${w.prefix}新 职权` })],
        'plan.operations[1].addPower.name',
        '已有同名同类职权',
      ],
      [
        'unresolved basis of a change',
        [{ changePower: { powerId: w.gid('p:food'), basis: '《某某不存在条例》第一条' } }],
        'plan.operations[0].changePower.basis',
        '无法解析',
      ],
      ['nothing to change', [{ changePower: { powerId: w.gid('p:food') } }], 'plan.operations[0]', '没有给出要变更的字段'],
      [
        'change after cancel',
        [{ cancelPower: { powerId: w.gid('p:other') } }, { changePower: { powerId: w.gid('p:other'), name: '改名' } }],
        'plan.operations[1].changePower.powerId',
        '不是有效的版本',
      ],
      [
        'unknown hand-over',
        [{ adjustHandover: { enforcementItemId: toGlobalId('EnforcementItem', `${w.prefix}-none`), published: true } }],
        'plan.operations[0].adjustHandover.enforcementItemId',
        '下放事项不存在',
      ],
    ];
    for (const [what, operations, field, message] of cases) {
      const response = await apply(w, operations, `${w.prefix} ${what}`);
      const error = response.errors?.[0];
      expect([what, error?.extensions?.['code'], error?.extensions?.['field']]).toEqual([what, 'BAD_USER_INPUT', field]);
      expect(error?.message).toContain(message);
      expect(await w.changeSetByReason(`${w.prefix} ${what}`)).toBeNull();
    }
    expect(await w.checksum()).toBe(before);
  });
});

describe('reassignmentImpact of an item operation', () => {
  const IMPACT_FULL = `query($plan: ReassignmentPlanInput!) { reassignmentImpact(plan: $plan) {
    affectedPowers { id name } affected { kind change after { id ... on Power { name } } }
    respondentChanges { power { id name } }
  } }`;
  const IMPACT_IDS = `query($plan: ReassignmentPlanInput!) { reassignmentImpact(plan: $plan) {
    affectedPowers { id } affected { kind change after { id } } respondentChanges { power { id } }
  } }`;
  interface Seen {
    reassignmentImpact: {
      affectedPowers: { id: string; name?: string }[];
      affected: { kind: string; change: string; after: { id: string; name?: string } }[];
      respondentChanges: { power: { id: string; name?: string } }[];
    };
  }
  const idsOf = (s: Seen['reassignmentImpact']) => ({
    affectedPowers: s.affectedPowers.map((p) => p.id).sort(),
    affected: s.affected.map((a) => `${a.kind} ${a.change} ${a.after.id}`).sort(),
    respondentChanges: s.respondentChanges.map((r) => r.power.id).sort(),
  });

  it('names the new version, which exists only in the rolled-back transaction, whether the powers are read in full or by id', async () => {
    const w = await world();
    const name = `${w.prefix}对经营超过保质期食品的处罚`;
    const plan = { effectiveDate: E, operations: [{ changePower: { powerId: w.gid('p:food'), name } }] };
    const full = await gql<Seen>(app, IMPACT_FULL, { plan }, editor);
    // Only ids: the powers are not read in the transaction; the new version's id still resolves.
    const byId = await gql<Seen>(app, IMPACT_IDS, { plan }, editor);
    expect(full.errors).toBeUndefined();
    expect(byId.errors).toBeUndefined();
    const versioned = full.data!.reassignmentImpact.affected.filter((a) => a.kind === 'POWER' && a.change === 'VERSIONED');
    expect(versioned).toEqual([expect.objectContaining({ after: { id: expect.any(String), name } })]);
    const newId = versioned[0]!.after.id;
    expect(full.data!.reassignmentImpact.affectedPowers).toContainEqual({ id: newId, name });
    expect(idsOf(byId.data!.reassignmentImpact)).toEqual(idsOf(full.data!.reassignmentImpact));
    expect(idsOf(byId.data!.reassignmentImpact).affectedPowers).toContain(newId);
    // Nothing was written.
    expect(await power(newId)).toBeNull();
  });
});
