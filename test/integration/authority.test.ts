/**
 * checkAuthority (issue 5) on a small built graph: both allowed codes with their acting name and
 * respondent, every refusal code in its order, and the evidence chain.
 */
import { toGlobalId } from '../../src/shared/global-id';
import { AnalysisBuilder } from '../support/analysis-builders';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';

interface Check {
  allowed: boolean;
  code: string;
  reason: string;
  reasonZh: string;
  actsInNameOf: { name: string } | null;
  respondent: { name: string } | null;
  evidence: { kind: string; detail: string; detailEn: string; node: { __typename: string; id: string } | null }[];
}

const QUERY = `
  query($organizationId: ID!, $powerId: ID!, $divisionCode: String, $on: Date) {
    checkAuthority(organizationId: $organizationId, powerId: $powerId, divisionCode: $divisionCode, on: $on) {
      allowed code reason reasonZh
      actsInNameOf { name } respondent { name }
      evidence { kind detail detailEn node { __typename id } }
    }
  }`;

let app: TestApp;
let b: AnalysisBuilder;
const prefix = uniquePrefix('职权');
const org: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  b = new AnalysisBuilder(app, prefix);
  await b.graph.divisions([
    { code: 'cty', name: '甲县', level: 'COUNTY' },
    { code: 'cty2', name: '乙县', level: 'COUNTY' },
    { code: 'tA', name: '东镇', level: 'TOWNSHIP', parentCode: 'cty' },
    { code: 'tB', name: '西镇', level: 'TOWNSHIP', parentCode: 'cty' },
  ]);
  const specs = [
    ['d1', '住建局', 'GOV_DEPT', 'cty'],
    ['d2', '城管局', 'GOV_DEPT', 'cty'],
    ['d3', '市场局', 'GOV_DEPT', 'cty'],
    ['tA', '东镇人民政府', 'TOWNSHIP_GOV', 'tA'],
    ['tB', '西镇人民政府', 'TOWNSHIP_GOV', 'tB'],
    ['team', '东镇综合行政执法队', 'ENFORCEMENT_TEAM', 'tA'],
  ] as const;
  const ids = await b.graph.orgs([
    ...specs.map(([, name, orgType, divisionCode]) => ({ name, orgType, divisionCode })),
    { name: '旧局', orgType: 'GOV_DEPT', divisionCode: 'cty', validTo: '2024-12-31' },
  ]);
  specs.forEach(([key], i) => (org[key] = ids[i]!));
  org['old'] = ids.at(-1)!;

  await b.laws([{ key: 'plan', name: `${prefix}城乡规划法`, articles: [64] }]);
  await b.powers([
    {
      key: 'build',
      name: '对未取得建设工程规划许可证进行建设的处罚',
      holders: [org['d1']!],
      implementing: [{ law: 'plan', article: 64 }],
    },
    { key: 'oldPower', name: '粮食收购资格认定', category: 'LICENSING', holders: [org['old']] },
    { key: 'drug', name: '药品零售经营许可', category: 'LICENSING', holders: [org['d3']!] },
    {
      key: 'seize',
      name: '查封扣押相关证据',
      category: 'COERCION',
      rawCategory: '行政强制措施',
      holders: [org['d3']!],
    },
    { key: 'road', name: '对擅自占用城市道路的处罚', holders: [org['d2']!] },
    { key: 'park', name: '对违规停放共享单车的处罚', holders: [org['d2']!] },
    { key: 'sign', name: '对擅自设置户外广告的处罚', holders: [org['d2']!] },
    { key: 'none', name: '对擅自砍伐城市树木的处罚', holders: [org['d2']!] },
  ]);
  await b.lists.enforcementItems([
    // Lawful: a licence entrusted to a township government (an administrative organ).
    {
      name: '药品零售经营许可（委托）',
      powerIds: [b.powerId('drug')],
      fromId: org['d3']!,
      toId: org['tA']!,
      mode: 'ENTRUST',
    },
    // Unlawful: a licence entrusted to an enforcement team; a coercive measure entrusted.
    {
      name: '药品零售经营许可（执法队）',
      powerIds: [b.powerId('drug')],
      fromId: org['d3']!,
      toId: org['team']!,
      mode: 'ENTRUST',
    },
    { name: '查封扣押（委托）', powerIds: [b.powerId('seize')], fromId: org['d3']!, toId: org['tA']!, mode: 'ENTRUST' },
    // Granted to 东镇 in its own name.
    { name: '违法建设处罚（赋权）', powerIds: [b.powerId('build')], fromId: org['d1']!, toId: org['tA']! },
    // 西镇: not yet valid, recalled, expired.
    { name: '占道处罚', powerIds: [b.powerId('road')], fromId: org['d2']!, toId: org['tB']!, validFrom: '2026-01-01' },
    {
      name: '单车处罚',
      powerIds: [b.powerId('park')],
      fromId: org['d2']!,
      toId: org['tB']!,
      validTo: '2025-03-31',
      status: 'RECALLED',
    },
    { name: '广告处罚', powerIds: [b.powerId('sign')], fromId: org['d2']!, toId: org['tB']!, validTo: '2025-03-31' },
  ]);
}, 120_000);

afterAll(async () => {
  await app.close();
});

async function check(
  orgKey: string,
  powerKey: string,
  extra: { divisionCode?: string; on?: string } = {},
): Promise<Check> {
  const res = await gql<{ checkAuthority: Check }>(app, QUERY, {
    organizationId: toGlobalId('Organization', org[orgKey]!),
    powerId: toGlobalId('Power', b.powerId(powerKey)),
    on: extra.on ?? '2025-06-01',
    ...(extra.divisionCode !== undefined && { divisionCode: extra.divisionCode }),
  });
  expect(res.errors).toBeUndefined();
  return res.data!.checkAuthority;
}

const kinds = (c: Check): string[] => c.evidence.map((e) => e.kind);
const name = (o: { name: string } | null): string | null => (o ? o.name.slice(prefix.length) : null);

describe('allowed', () => {
  it('ALLOWED_OWN_LIST: the department acts in its own name and answers for it, with its row and basis as evidence', async () => {
    const c = await check('d1', 'build');
    expect([c.allowed, c.code, name(c.actsInNameOf), name(c.respondent)]).toEqual([
      true,
      'ALLOWED_OWN_LIST',
      '住建局',
      '住建局',
    ]);
    expect(kinds(c)).toEqual(['ORGANIZATION', 'LIST_ROW', 'BASIS', 'RESPONDENT']);
    expect(c.evidence[1]!.node).toEqual({ __typename: 'Power', id: toGlobalId('Power', b.powerId('build')) });
    expect(c.evidence[2]!.node).toEqual({
      __typename: 'Provision',
      id: toGlobalId('Provision', b.provisionId('plan', { article: 64 })),
    });
    expect(c.evidence[2]!.detail).toContain('第六十四条');
    expect(c.reason.indexOf(' / ')).toBeGreaterThan(0);
    expect(c.reason.startsWith(c.reasonZh)).toBe(true);
  });

  it('ALLOWED_HANDOVER by entrustment: acts in the delegator’s name and the delegator is the respondent (a licence to a township government is lawful)', async () => {
    const c = await check('tA', 'drug');
    expect([c.allowed, c.code, name(c.actsInNameOf), name(c.respondent)]).toEqual([
      true,
      'ALLOWED_HANDOVER',
      '市场局',
      '市场局',
    ]);
    expect(kinds(c)).toEqual(['ORGANIZATION', 'HANDOVER', 'LEGALITY', 'RESPONDENT']);
    expect(c.evidence[1]!.node?.__typename).toBe('EnforcementItem');
    expect(c.evidence[1]!.detail).toContain('示例政发〔2022〕1号');
    expect(c.reasonZh).toContain('第十九条');
  });

  it('ALLOWED_HANDOVER by grant: the township acts in its own name and answers for it', async () => {
    const c = await check('tA', 'build', { divisionCode: b.graph.code('tA') });
    expect([c.allowed, c.code, name(c.actsInNameOf), name(c.respondent)]).toEqual([
      true,
      'ALLOWED_HANDOVER',
      '东镇人民政府',
      '东镇人民政府',
    ]);
  });
});

describe('refused, with the first reason that applies', () => {
  it('ORG_INACTIVE after the abolition, allowed before it', async () => {
    const after = await check('old', 'oldPower');
    expect([after.allowed, after.code, after.actsInNameOf, after.respondent]).toEqual([
      false,
      'ORG_INACTIVE',
      null,
      null,
    ]);
    expect(kinds(after)).toEqual(['ORGANIZATION']);
    expect((await check('old', 'oldPower', { on: '2024-06-01' })).code).toBe('ALLOWED_OWN_LIST');
  });

  it('OUTSIDE_JURISDICTION for another county or a division above the organization, before anything else', async () => {
    const other = await check('d1', 'build', { divisionCode: b.graph.code('cty2') });
    expect([other.allowed, other.code]).toEqual([false, 'OUTSIDE_JURISDICTION']);
    expect(kinds(other)).toEqual(['ORGANIZATION', 'JURISDICTION']);
    expect((await check('tA', 'drug', { divisionCode: b.graph.code('cty') })).code).toBe('OUTSIDE_JURISDICTION');
    expect((await check('d1', 'build', { divisionCode: b.graph.code('tB') })).code).toBe('ALLOWED_OWN_LIST');
    expect((await check('d1', 'build', { divisionCode: 'no-such-division' })).code).toBe('OUTSIDE_JURISDICTION');
  });

  it('HANDOVER_ILLEGAL: a coercive measure entrusted, a licence entrusted to an enforcement team', async () => {
    const seize = await check('tA', 'seize');
    expect([seize.allowed, seize.code]).toEqual([false, 'HANDOVER_ILLEGAL']);
    expect(seize.reasonZh).toContain('行政强制法');
    expect(kinds(seize)).toEqual(['ORGANIZATION', 'HANDOVER', 'LEGALITY']);
    const team = await check('team', 'drug');
    expect(team.code).toBe('HANDOVER_ILLEGAL');
    expect(team.reasonZh).toContain('第二十四条');
  });

  it('HANDOVER_NOT_YET_VALID, then allowed from its first day', async () => {
    expect((await check('tB', 'road')).code).toBe('HANDOVER_NOT_YET_VALID');
    expect((await check('tB', 'road', { on: '2026-01-01' })).code).toBe('ALLOWED_HANDOVER');
  });

  it('HANDOVER_RECALLED after the end date of a recalled hand-over, allowed up to it', async () => {
    expect((await check('tB', 'park')).code).toBe('HANDOVER_RECALLED');
    expect((await check('tB', 'park', { on: '2025-03-31' })).code).toBe('ALLOWED_HANDOVER');
  });

  it('HANDOVER_EXPIRED after the end date of a hand-over not recalled', async () => {
    const c = await check('tB', 'sign');
    expect(c.code).toBe('HANDOVER_EXPIRED');
    expect(c.evidence.find((e) => e.kind === 'HANDOVER')?.detail).toContain('2025-03-31');
  });

  it('NO_SUCH_POWER when neither the list nor any hand-over gives it', async () => {
    const c = await check('d1', 'none');
    expect([c.allowed, c.code]).toEqual([false, 'NO_SUCH_POWER']);
    expect(c.reasonZh).toContain('没有');
  });

  it('reports a malformed id as BAD_USER_INPUT and an unknown organization as NOT_FOUND', async () => {
    const bad = await gql(app, QUERY, { organizationId: 'x', powerId: toGlobalId('Power', b.powerId('build')) });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const sent = toGlobalId('Organization', `${prefix}-nobody`);
    const unknown = await gql(app, QUERY, { organizationId: sent, powerId: toGlobalId('Power', b.powerId('build')) });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', value: sent, messageEn: `organization not found: ${sent}` });
    expect(unknown.errors?.[0]?.message).toBe(`未找到机构：${sent} / organization not found: ${sent}`);
  });
});
