import { mintToken } from '../../src/auth/mint-token';
import { fromGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { ReassignmentWorld, type WorldSpec } from '../support/reassignment-builders';

/**
 * reassignmentImpact (issue 6) on small built worlds: affected sets, overlaps and findings created
 * and resolved, respondent changes — exactly — and nothing written. 调整影响分析。
 */

const IMPACT = `query($plan: ReassignmentPlanInput!) {
  reassignmentImpact(plan: $plan) {
    affectedPowers { id } affectedEnforcementItems { id } affectedWhistleMatters { id }
    affectedDutyItems { id } affectedLenientItems { id }
    overlapsCreated { id kind organizations { id } } overlapsResolved { id kind organizations { id } }
    findingsCreated { id kind subject { id } } findingsResolved { id kind subject { id } }
    respondentChanges { power { id } before { id name } after { id name } }
  }
}`;

interface Impact {
  affectedPowers: { id: string }[];
  affectedEnforcementItems: { id: string }[];
  affectedWhistleMatters: { id: string }[];
  affectedDutyItems: { id: string }[];
  affectedLenientItems: { id: string }[];
  overlapsCreated: { id: string; kind: string; organizations: { id: string }[] }[];
  overlapsResolved: { id: string; kind: string; organizations: { id: string }[] }[];
  findingsCreated: { id: string; kind: string; subject: { id: string } }[];
  findingsResolved: { id: string; kind: string; subject: { id: string } }[];
  respondentChanges: { power: { id: string }; before: { id: string } | null; after: { id: string } | null }[];
}

const E = '2025-07-01';
let app: TestApp;
const SECRET = 'reassignment-impact-test-secret-0123456789';
/** reassignmentImpact needs the planner (or editor, admin) role. */
let planner: string;

beforeAll(async () => {
  app = await startTestApp({ AUTH_JWT_SECRET: SECRET });
  planner = await mintToken({ secret: SECRET, sub: 'planner-li', roles: ['planner'], expiresIn: '1h' });
});
afterAll(async () => {
  await app.close();
});

/** Two bureaus holding the same power, a street's whistle matter led by one, a lenient item of the other: what a merge re-versions. */
const TWO_BUREAUS: WorldSpec = {
  orgs: { a: { name: '甲局' }, b: { name: '乙局' }, street: { name: '某街道', township: true } },
  powers: { p1: { name: '同一处罚', exercisedBy: ['a'] }, p2: { name: '同一处罚', exercisedBy: ['b'] } },
  whistle: { m: { name: '某吹哨', whistledBy: ['street'], lead: ['a'], needs: ['p1'] } },
  lenient: { l: { name: '轻微违法', implementedBy: ['b'], appliesTo: ['p2'] } },
};

async function world(spec: WorldSpec): Promise<ReassignmentWorld> {
  return new ReassignmentWorld(app, uniquePrefix('re')).build(spec);
}

async function impact(operations: unknown[], effectiveDate = E): Promise<Impact> {
  const response = await gql<{ reassignmentImpact: Impact }>(app, IMPACT, { plan: { effectiveDate, operations } }, planner);
  expect(response.errors).toBeUndefined();
  return response.data!.reassignmentImpact;
}

const ids = (list: { id: string }[]): string[] => list.map((x) => x.id).sort();
const kinds = (list: { kind: string; subject: { id: string } }[]): string[] =>
  list.map((f) => `${f.kind} ${f.subject.id}`).sort();
const respondents = (i: Impact) =>
  i.respondentChanges.map((r) => `${r.power.id} ${r.before?.id ?? '-'} → ${r.after?.id ?? '-'}`).sort();

describe('reassignmentImpact', () => {
  it("abolishing a department whose power overlaps its successor's resolves the overlap and moves the respondent", async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, s: { name: '乙局' } },
      powers: {
        p1: { name: '对违法行为的处罚', exercisedBy: ['a'] },
        p2: { name: '对违法行为的处罚', exercisedBy: ['s'] },
      },
    });
    const before = await w.checksum();
    const result = await impact([{ abolishOrganization: { organizationId: w.gid('a'), successorId: w.gid('s') } }]);
    expect(ids(result.affectedPowers)).toEqual([w.gid('p:p1')]);
    expect(result.overlapsResolved.map((o) => [o.kind, ids(o.organizations)])).toEqual([
      ['SAME_POWER', [w.gid('a'), w.gid('s')].sort()],
    ]);
    expect(result.overlapsCreated).toEqual([]);
    expect(result.findingsCreated).toEqual([]);
    expect(result.findingsResolved).toEqual([]);
    expect(respondents(result)).toEqual([`${w.gid('p:p1')} ${w.gid('a')} → ${w.gid('s')}`]);
    expect(await w.checksum()).toBe(before);
  });

  it('moving a power to the lead of a whistle matter that lacked it resolves WHISTLE_LEAD_LACKS_POWER', async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, lead: { name: '城管局' }, street: { name: '某街道', township: true } },
      powers: { p: { name: '占道经营处罚', exercisedBy: ['a'] } },
      whistle: { m: { name: '占道经营', whistledBy: ['street'], lead: ['lead'], needs: ['p'] } },
    });
    const result = await impact([
      { movePowers: { powerIds: [w.gid('p:p')], fromId: w.gid('a'), toId: w.gid('lead') } },
    ]);
    expect(ids(result.affectedPowers)).toEqual([w.gid('p:p')]);
    expect(kinds(result.findingsResolved)).toEqual([`WHISTLE_LEAD_LACKS_POWER ${w.gid('w:m')}`]);
    expect(result.findingsCreated).toEqual([]);
    expect(result.overlapsCreated).toEqual([]);
    expect(result.overlapsResolved).toEqual([]);
    expect(respondents(result)).toEqual([`${w.gid('p:p')} ${w.gid('a')} → ${w.gid('lead')}`]);
  });

  it('abolishing without a successor orphans its powers and hand-overs', async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, t: { name: '某镇', township: true } },
      powers: { p: { name: '某处罚', exercisedBy: ['a'] } },
      handOvers: { h: { power: 'p', from: 'a', to: 't' } },
    });
    const result = await impact([{ abolishOrganization: { organizationId: w.gid('a') } }]);
    expect(ids(result.affectedPowers)).toEqual([w.gid('p:p')]);
    expect(ids(result.affectedEnforcementItems)).toEqual([w.gid('h:h')]);
    expect(kinds(result.findingsCreated)).toEqual([`ORPHANED ${w.gid('h:h')}`, `ORPHANED ${w.gid('p:p')}`].sort());
    expect(result.findingsResolved).toEqual([]);
    expect(respondents(result)).toEqual(
      [`${w.gid('p:p')} ${w.gid('a')} → -`, `${w.gid('p:p')} ${w.gid('t')} → -`].sort(),
    );
  });

  it('a recall that leaves a township duty without its power creates DUTY_WITHOUT_POWER', async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, t: { name: '某镇', township: true } },
      powers: { p: { name: '某处罚', exercisedBy: ['a'] } },
      handOvers: { h: { power: 'p', from: 'a', to: 't' } },
      duties: { d: { name: '某履职事项', township: 't', counterparts: ['a'], needs: ['p'] } },
    });
    const result = await impact([{ recall: { enforcementItemIds: [w.gid('h:h')] } }]);
    expect(ids(result.affectedEnforcementItems)).toEqual([w.gid('h:h')]);
    expect(ids(result.affectedPowers)).toEqual([w.gid('p:p')]);
    expect(kinds(result.findingsCreated)).toEqual([`DUTY_WITHOUT_POWER ${w.gid('d:d')}`]);
    expect(result.findingsResolved).toEqual([]);
    expect(respondents(result)).toEqual([`${w.gid('p:p')} ${w.gid('t')} → -`]);
  });

  it('an entrustment creates a hand-over whose acts the delegator answers for', async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, t: { name: '某镇', township: true } },
      powers: { p: { name: '某处罚', exercisedBy: ['a'] } },
    });
    const result = await impact([
      { handOver: { powerIds: [w.gid('p:p')], fromId: w.gid('a'), toIds: [w.gid('t')], mode: 'ENTRUST' } },
    ]);
    expect(ids(result.affectedPowers)).toEqual([w.gid('p:p')]);
    expect(result.affectedEnforcementItems).toHaveLength(1);
    const created = result.affectedEnforcementItems[0]!.id;
    expect(fromGlobalId(created).type).toBe('EnforcementItem');
    expect(kinds(result.findingsCreated)).toEqual([`HANDOVER_NOT_PUBLISHED ${created}`]);
    expect(respondents(result)).toEqual([`${w.gid('p:p')} - → ${w.gid('a')}`]);
  });

  /**
   * DUAL_ENFORCEMENT after a plan is read for the plan's organizations alone (a township's overlap,
   * found from the township and from the departments handing over to it), not for their whole
   * divisions. A plan that touches a department handing over, but not the hand-over, leaves the
   * overlap as it was: were it missed after the plan, the impact would call it resolved.
   */
  it("creates, resolves and leaves alone a township's DUAL_ENFORCEMENT as the plan does", async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, b: { name: '乙局' }, c: { name: '丙局' }, t: { name: '某镇', township: true } },
      powers: {
        p: { name: '同一处罚', exercisedBy: ['a'] },
        q: { name: '同一处罚', exercisedBy: ['b'] },
        r: { name: '另一处罚', exercisedBy: ['a'] },
        u: { name: '另一处罚', exercisedBy: ['c'] },
      },
      handOvers: { hp: { power: 'p', from: 'a', to: 't' }, hq: { power: 'q', from: 'b', to: 't' } },
    });
    const dual = (list: Impact['overlapsCreated']): string[] =>
      list.filter((o) => o.kind === 'DUAL_ENFORCEMENT').map((o) => ids(o.organizations).join(','));

    const recalled = await impact([{ recall: { enforcementItemIds: [w.gid('h:hq')] } }]);
    expect(dual(recalled.overlapsResolved)).toEqual([w.gid('t')]);
    expect(dual(recalled.overlapsCreated)).toEqual([]);

    const untouched = await impact([
      { movePowers: { powerIds: [w.gid('p:r')], fromId: w.gid('a'), toId: w.gid('c') } },
    ]);
    expect(ids(untouched.affectedPowers)).toEqual([w.gid('p:r')]);
    expect(dual(untouched.overlapsResolved)).toEqual([]);
    expect(dual(untouched.overlapsCreated)).toEqual([]);

    const second = await impact([
      { handOver: { powerIds: [w.gid('p:r')], fromId: w.gid('a'), toIds: [w.gid('t')], mode: 'GRANT' } },
      { handOver: { powerIds: [w.gid('p:u')], fromId: w.gid('c'), toIds: [w.gid('t')], mode: 'GRANT' } },
    ]);
    expect(dual(second.overlapsCreated)).toEqual([w.gid('t')]);
    expect(dual(second.overlapsResolved)).toEqual([]);
  });

  it('merging into a new organization moves powers, re-versions the whistle matter and resolves the overlap', async () => {
    const w = await world(TWO_BUREAUS);
    const before = await w.checksum();
    const result = await impact([
      { mergeOrganizations: { organizationIds: [w.gid('a'), w.gid('b')], newName: `${w.prefix}丙局` } },
    ]);
    expect(ids(result.affectedPowers)).toEqual([w.gid('p:p1'), w.gid('p:p2')].sort());
    expect(result.affectedWhistleMatters.map((m) => fromGlobalId(m.id).localId).sort()).toEqual([
      w.id('w:m'),
      `${w.id('w:m')}~${E}`,
    ]);
    expect(result.affectedLenientItems.map((m) => fromGlobalId(m.id).localId).sort()).toEqual([
      w.id('l:l'),
      `${w.id('l:l')}~${E}`,
    ]);
    expect(result.overlapsResolved.map((o) => o.kind)).toEqual(['SAME_POWER']);
    expect(result.overlapsCreated).toEqual([]);
    expect(result.findingsCreated).toEqual([]);
    expect(result.findingsResolved).toEqual([]);
    const merged = result.respondentChanges.map((r) => r.after?.id);
    expect(new Set(merged).size).toBe(1);
    expect(result.respondentChanges.map((r) => (r.after as { name?: string } | null)?.name)).toEqual([
      `${w.prefix}丙局`,
      `${w.prefix}丙局`,
    ]);
    expect(await w.checksum()).toBe(before);
  });

  it('answers a request that reads ids alone with the same ids, the objects the plan creates included', async () => {
    const w = await world(TWO_BUREAUS);
    // The merge creates an organization and new versions of the whistle matter and the lenient
    // item: they exist only in the impact's rolled-back transaction.
    const plan = {
      effectiveDate: E,
      operations: [{ mergeOrganizations: { organizationIds: [w.gid('a'), w.gid('b')], newName: `${w.prefix}丙局` } }],
    };
    const select = (names: boolean) => `query($plan: ReassignmentPlanInput!) { reassignmentImpact(plan: $plan) {
      affectedWhistleMatters { id ${names ? 'name' : ''} } affectedLenientItems { id ${names ? 'name: violation' : ''} }
      affected { kind change before { id }
        after { id ${names ? '... on WhistleMatter { name } ... on LenientItem { name: violation }' : ''} } }
      overlapsResolved { id organizations { id ${names ? 'name' : ''} } }
      respondentChanges { power { id } before { id ${names ? 'name' : ''} } after { id ${names ? 'name' : ''} } } } }`;
    type Named = { id: string; name?: string };
    type Seen = {
      affectedWhistleMatters: Named[];
      affectedLenientItems: Named[];
      affected: { kind: string; change: string; before: Named | null; after: Named }[];
      overlapsResolved: { id: string; organizations: Named[] }[];
      respondentChanges: { power: Named; before: Named | null; after: Named | null }[];
    };
    const idsOf = (s: Seen) => ({
      whistle: ids(s.affectedWhistleMatters),
      lenient: ids(s.affectedLenientItems),
      affected: s.affected.map((e) => `${e.kind} ${e.change} ${e.before?.id ?? '-'} ${e.after.id}`).sort(),
      overlaps: s.overlapsResolved.map((o) => `${o.id} ${ids(o.organizations).join(',')}`).sort(),
      respondents: s.respondentChanges.map((r) => `${r.power.id} ${r.before?.id ?? '-'} ${r.after?.id ?? '-'}`).sort(),
    });
    const before = await w.checksum();
    const full = await gql<{ reassignmentImpact: Seen }>(app, select(true), { plan }, planner);
    const byId = await gql<{ reassignmentImpact: Seen }>(app, select(false), { plan }, planner);
    expect(full.errors).toBeUndefined();
    expect(byId.errors).toBeUndefined();
    const named = full.data!.reassignmentImpact;
    const bare = byId.data!.reassignmentImpact;
    expect(idsOf(bare)).toEqual(idsOf(named));
    // The new objects are there, by id, in the answer that reads nothing else of them.
    const newOrganization = named.respondentChanges.find((r) => r.after?.name === `${w.prefix}丙局`)!.after!.id;
    expect(idsOf(bare).respondents.every((r) => r.endsWith(` ${newOrganization}`))).toBe(true);
    const newVersions = named.affected.filter((e) => e.change === 'VERSIONED').map((e) => e.after);
    expect(newVersions.map((v) => fromGlobalId(v.id).localId).sort()).toEqual([`${w.id('l:l')}~${E}`, `${w.id('w:m')}~${E}`]);
    expect(newVersions.every((v) => typeof v.name === 'string' && v.name.length > 0)).toBe(true);
    for (const v of newVersions) expect(idsOf(bare).affected.filter((e) => e.endsWith(` ${v.id}`))).toHaveLength(1);
    expect(bare.affected.every((e) => e.after.name === undefined)).toBe(true);
    expect(await w.checksum()).toBe(before);
  });

  it('lists each object once, before and after, with a summary of counts per kind (issue 20)', async () => {
    const w = await world(TWO_BUREAUS);
    const query = `query($plan: ReassignmentPlanInput!) { reassignmentImpact(plan: $plan) {
      affected { kind change before { id } after { id ... on WhistleMatter { name } } }
      summary { affected { kind count } overlapsCreated { kind count } overlapsResolved { kind count }
                findingsCreated { kind count } findingsResolved { kind count } respondentChanges } } }`;
    type Entry = { kind: string; change: string; before: { id: string } | null; after: { id: string; name?: string } };
    const response = await gql<{ reassignmentImpact: { affected: Entry[]; summary: Record<string, unknown> } }>(app, query, {
      plan: { effectiveDate: E, operations: [{ mergeOrganizations: { organizationIds: [w.gid('a'), w.gid('b')], newName: `${w.prefix}丙局` } }] },
    }, planner);
    expect(response.errors).toBeUndefined();
    const { affected, summary } = response.data!.reassignmentImpact;
    const whistle = affected.filter((e) => e.kind === 'WHISTLE_MATTER');
    expect(whistle).toEqual([
      { kind: 'WHISTLE_MATTER', change: 'VERSIONED', before: { id: w.gid('w:m') }, after: { id: expect.any(String), name: expect.stringContaining('某吹哨') } },
    ]);
    expect(fromGlobalId(whistle[0]!.after.id).localId).toBe(`${w.id('w:m')}~${E}`);
    expect(affected.filter((e) => e.kind === 'POWER').map((e) => [e.change, e.before?.id, e.after.id])).toEqual(
      expect.arrayContaining([
        ['CHANGED', w.gid('p:p1'), w.gid('p:p1')],
        ['CHANGED', w.gid('p:p2'), w.gid('p:p2')],
      ]),
    );
    expect(summary).toEqual({
      affected: [
        { kind: 'LENIENT_ITEM', count: 1 },
        { kind: 'POWER', count: 2 },
        { kind: 'WHISTLE_MATTER', count: 1 },
      ],
      overlapsCreated: [],
      overlapsResolved: [{ kind: 'SAME_POWER', count: 1 }],
      findingsCreated: [],
      findingsResolved: [],
      respondentChanges: 2,
    });
  });

  it('moving a food-safety punishment lists the whistle matter, duty item and lenient item that name it as DEPENDENT (issue 19)', async () => {
    const w = await world({
      orgs: { market: { name: '市场监管局' }, team: { name: '综合执法局' }, street: { name: '某街道', township: true } },
      powers: {
        food: { name: '对生产经营不符合食品安全标准食品的处罚', exercisedBy: ['market'] },
        other: { name: '对无照经营的处罚', exercisedBy: ['market'] },
      },
      whistle: {
        m: { name: '食品安全投诉', whistledBy: ['street'], lead: ['market'], needs: ['food'] },
        n: { name: '无照经营投诉', whistledBy: ['street'], lead: ['market'], needs: ['other'] },
      },
      duties: { d: { name: '食品安全巡查', township: 'street', counterparts: ['market'], needs: ['food'] } },
      lenient: { l: { name: '首次轻微食品违法', implementedBy: ['market'], appliesTo: ['food'] } },
    });
    const query = `query($plan: ReassignmentPlanInput!) { reassignmentImpact(plan: $plan) {
      affectedWhistleMatters { id } affectedLenientItems { id }
      affected { kind change before { id } after { id } } summary { affected { kind count } } } }`;
    type Entry = { kind: string; change: string; before: { id: string } | null; after: { id: string } };
    type Result = { affected: Entry[]; affectedWhistleMatters: { id: string }[]; affectedLenientItems: { id: string }[] };
    const response = await gql<{ reassignmentImpact: Result }>(app, query, {
      plan: {
        effectiveDate: E,
        operations: [{ movePowers: { powerIds: [w.gid('p:food')], fromId: w.gid('market'), toId: w.gid('team') } }],
      },
    }, planner);
    expect(response.errors).toBeUndefined();
    const result = response.data!.reassignmentImpact;
    const entries = result.affected.map((e) => [e.kind, e.change, e.before?.id, e.after.id]);
    expect(entries).toEqual([
      ['POWER', 'CHANGED', w.gid('p:food'), w.gid('p:food')],
      ['WHISTLE_MATTER', 'DEPENDENT', w.gid('w:m'), w.gid('w:m')],
      ['DUTY_ITEM', 'DEPENDENT', w.gid('d:d'), w.gid('d:d')],
      ['LENIENT_ITEM', 'DEPENDENT', w.gid('l:l'), w.gid('l:l')],
    ]);
    expect(ids(result.affectedWhistleMatters)).toEqual([w.gid('w:m')]);
    expect(ids(result.affectedLenientItems)).toEqual([w.gid('l:l')]);
  });

  it('refuses invalid plans with BAD_USER_INPUT naming the operation and the reason', async () => {
    const w = await world({
      orgs: { a: { name: '甲局' }, b: { name: '乙局' }, c: { name: '丙局' } },
      powers: { p: { name: '某处罚', exercisedBy: ['a'] } },
    });
    const refusal = async (operations: unknown[], effectiveDate = E) => {
      const response = await gql(app, IMPACT, { plan: { effectiveDate, operations } }, planner);
      const error = response.errors?.[0];
      return { code: error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
    };
    expect(await refusal([])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'plan',
      message: expect.stringContaining('没有任何操作'),
    });
    const move = (from: string, to: string) => ({
      movePowers: { powerIds: [w.gid('p:p')], fromId: w.gid(from), toId: w.gid(to) },
    });
    expect(await refusal([move('a', 'b'), move('b', 'c'), move('a', 'c')])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'plan.operations[2]',
      message: expect.stringContaining('不行使职权'),
    });
    expect(await refusal([{ ...move('a', 'b'), recall: { enforcementItemIds: [] } }])).toMatchObject({
      field: 'plan.operations[0]',
    });
    expect(
      await refusal([
        { abolishOrganization: { organizationId: w.gid('a'), successorId: w.gid('b') } },
        { abolishOrganization: { organizationId: w.gid('b') } },
      ]),
    ).toMatchObject({ field: 'plan.operations[0]', message: expect.stringContaining('本身在方案中被撤销') });
    const ghost = Buffer.from(`Organization:${w.prefix}-nobody`).toString('base64url');
    expect(await refusal([{ abolishOrganization: { organizationId: ghost } }])).toMatchObject({
      field: 'plan.operations[0]',
      message: expect.stringContaining('机构不存在'),
    });
    expect(await refusal([move('a', 'b')], '1900-01-01')).toMatchObject({
      field: 'plan',
      message: expect.stringContaining('早于数据的起始日'),
    });
  });
});

describe('who may compute an impact, and how large a plan may be', () => {
  const tokenFor = (roles: ('viewer' | 'auditor' | 'editor')[]): Promise<string> =>
    mintToken({ secret: SECRET, sub: 'x', roles, expiresIn: '1h' });
  const plan = (count: number) => ({
    effectiveDate: E,
    operations: Array.from({ length: count }, () => ({
      abolishOrganization: { organizationId: 'T3JnYW5pemF0aW9uOm5vbmU=' },
    })),
  });
  const codeOf = async (token: string | undefined, variables = { plan: plan(1) }): Promise<unknown> =>
    (await gql(app, IMPACT, variables, token)).errors?.[0]?.extensions?.['code'];

  it('refuses anonymous callers, viewers and auditors before opening any transaction', async () => {
    const before = app.db.roundTrips;
    expect(await codeOf(undefined)).toBe('UNAUTHENTICATED');
    expect(await codeOf(await tokenFor(['viewer']))).toBe('FORBIDDEN');
    expect(await codeOf(await tokenFor(['auditor']))).toBe('FORBIDDEN');
    expect(app.db.roundTrips).toBe(before);
  });

  it('refuses a plan of more than 50 operations with BAD_USER_INPUT', async () => {
    const response = await gql(app, IMPACT, { plan: plan(51) }, await tokenFor(['editor']));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plan' });
    expect(response.errors?.[0]?.message).toContain('50');
  });
});
