/**
 * Overlaps (issues 5 and 13) on a small built graph: each kind, its negatives, the filters, stable
 * ids and paging. Kinds 1–3 compare within one division (one government) only: the second county
 * (乙县) holds the same items, cites the same article and lists a similar name, and never takes
 * part. Everything is scoped to this file's prefixed organizations.
 */
import { dice } from '../../src/domain/text-similarity';
import { normalizeKey } from '../../src/domain/text';
import { toGlobalId } from '../../src/shared/global-id';
import { AnalysisBuilder } from '../support/analysis-builders';
import { FindingBuilder } from '../support/finding-builders';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';

interface OverlapNode {
  id: string;
  kind: string;
  category: string | null;
  division: { code: string; name: string } | null;
  score: number;
  explanation: string;
  explanationEn: string;
  organizations: { id: string; name: string }[];
  powers: { id: string; name: string }[];
  provision: { id: string; article: number; law: { name: string } } | null;
  enforcementItems: { id: string; from: { name: string } }[];
  whistleMatters: { name: string }[];
}

const QUERY = `
  query($filter: OverlapFilter, $asOf: Date, $first: Int, $after: String) {
    overlaps(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id kind category division { code name } score explanation explanationEn
        organizations { id name } powers { id name }
        provision { id article law { name } }
        enforcementItems { id from { name } }
        whistleMatters { name }
      } }
    }
  }`;

let app: TestApp;
let b: AnalysisBuilder;
const prefix = uniquePrefix('重叠');
const org: Record<string, string> = {};
let mine: string[] = [];

const strip = (name: string): string => name.slice(prefix.length);
const HEADING = '对违反《饲料和饲料添加剂管理条例》规定行为的处罚';
const SUB_ITEM = '对生产经营假冒伪劣饲料和饲料添加剂产品且情节严重造成重大损失的处罚';

beforeAll(async () => {
  app = await startTestApp();
  b = new AnalysisBuilder(app, prefix);
  await b.graph.divisions([
    { code: 'city', name: '示例市', level: 'CITY' },
    { code: 'cty', name: '甲县', level: 'COUNTY', parentCode: 'city' },
    { code: 'cty2', name: '乙县', level: 'COUNTY', parentCode: 'city' },
    { code: 'tA', name: '东镇', level: 'TOWNSHIP', parentCode: 'cty' },
    { code: 'tB', name: '西镇', level: 'TOWNSHIP', parentCode: 'cty' },
    { code: 'sA', name: '中街道', level: 'STREET', parentCode: 'cty' },
  ]);
  const names = {
    d1: ['住建局', 'GOV_DEPT', 'cty'],
    d2: ['城管局', 'GOV_DEPT', 'cty'],
    d3: ['农业局', 'GOV_DEPT', 'cty'],
    d4: ['市场局', 'GOV_DEPT', 'cty'],
    other: ['乙县住建局', 'GOV_DEPT', 'cty2'],
    cityDept: ['市住建局', 'GOV_DEPT', 'city'],
    tA: ['东镇人民政府', 'TOWNSHIP_GOV', 'tA'],
    tB: ['西镇人民政府', 'TOWNSHIP_GOV', 'tB'],
    tBteam: ['西镇综合行政执法队', 'ENFORCEMENT_TEAM', 'tB'],
    sA: ['中街道办事处', 'STREET_OFFICE', 'sA'],
  } as const;
  const ids = await b.graph.orgs([
    ...Object.values(names).map(([name, orgType, divisionCode]) => ({ name, orgType, divisionCode })),
    { name: '旧局', orgType: 'GOV_DEPT', divisionCode: 'cty', validTo: '2024-12-31' },
    // Merged into 住建局 on 2025-01-01 (linked below).
    { name: '规划局', orgType: 'GOV_DEPT', divisionCode: 'cty', validTo: '2024-12-31' },
  ]);
  Object.keys(names).forEach((k, i) => (org[k] = ids[i]!));
  org['old'] = ids.at(-2)!;
  org['mergedLead'] = ids.at(-1)!;
  mine = Object.values(org);

  await b.laws([
    { key: 'plan', name: `${prefix}城乡规划法`, articles: [64, 65], chapters: [{ chapter: 7, from: 60, to: 70 }] },
    { key: 'punish', name: '行政处罚法', articles: [57] },
    { key: 'roads', name: `${prefix}城市道路管理条例`, articles: [10] },
  ]);
  await b.powers([
    // SAME_POWER: two county departments (one row each) + a city department (another level) +
    // an abolished department; the names differ only in punctuation and width.
    {
      key: 'build1',
      name: '对未取得建设工程规划许可证进行建设的处罚',
      holders: [org['d1']!],
      implementing: [{ law: 'plan', article: 64 }],
    },
    {
      key: 'build2',
      name: '对未取得建设工程规划许可证进行建设的处罚。',
      holders: [org['d2']!],
      implementing: [{ law: 'plan', article: 64 }],
    },
    { key: 'build3', name: '对未取得建设工程规划许可证进行建设的处罚', holders: [org['cityDept']!] },
    { key: 'build4', name: '对未取得建设工程规划许可证进行建设的处罚', holders: [org['old']] },
    // Different levels only: no SAME_POWER.
    { key: 'levels1', name: '对擅自开采地下水资源用于灌溉的处罚', holders: [org['d3']!] },
    { key: 'levels2', name: '对擅自开采地下水资源用于灌溉的处罚', holders: [org['cityDept']!] },
    // 西镇's government and its enforcement team list the same item (one government); 西镇 also
    // receives it from 住建局 until 2025-03-31. 东镇 lists it too: another township, never grouped.
    { key: 'town1', name: '对乡村集市占道经营行为的处罚', holders: [org['tA']!] },
    { key: 'town2', name: '对乡村集市占道经营行为的处罚', holders: [org['tB']!] },
    { key: 'town4', name: '对乡村集市占道经营行为的处罚', holders: [org['tBteam']!] },
    // 乙县's bureau: the same item and article as 甲县's, and a similar name: another government.
    {
      key: 'build5',
      name: '对未取得建设工程规划许可证进行建设的处罚',
      holders: [org['other']!],
      implementing: [{ law: 'plan', article: 64 }],
    },
    { key: 'sim3', name: '对经营依法应当检疫而未经检疫的动物产品行为的处罚', holders: [org['other']!] },
    { key: 'town3', name: '对乡村集市占道经营行为的处罚', holders: [org['d1']!] },
    // SAME_PROVISION negatives: a procedural law, a chapter, different categories.
    {
      key: 'proc1',
      name: '对违反行政处罚程序规定拒不配合调查的处罚',
      holders: [org['d3']!],
      implementing: [
        { law: 'punish', article: 57 },
        { law: 'plan', chapter: 7 },
      ],
    },
    {
      key: 'proc2',
      name: '对检验检测机构出具虚假检验报告的处罚',
      holders: [org['d4']!],
      implementing: [
        { law: 'punish', article: 57 },
        { law: 'plan', chapter: 7 },
      ],
    },
    {
      key: 'cat1',
      name: '临时建设工程规划许可证核发',
      category: 'LICENSING',
      holders: [org['d3']!],
      implementing: [{ law: 'plan', article: 65 }],
    },
    {
      key: 'cat2',
      name: '对临时建设逾期不拆除的处罚',
      holders: [org['d4']!],
      implementing: [{ law: 'plan', article: 65 }],
    },
    // SAME_PROVISION through a citation whose version predates the catalog.
    {
      key: 'road1',
      name: '对擅自占用城市道路摆摊设点的处罚',
      holders: [org['d3']!],
      implementing: [{ law: 'roads', article: 10 }],
    },
    {
      key: 'road2',
      name: '对擅自挖掘城市道路埋设管线的处罚',
      holders: [org['d4']!],
      unversioned: [{ law: 'roads', article: 10 }],
    },
    // SIMILAR_NAME: a pair of different departments, and a pair within one department.
    { key: 'sim1', name: '对经营依法应当检疫而未经检疫的动物产品的处罚', holders: [org['d3']!] },
    { key: 'sim2', name: '对经营依法应当检疫而未经检疫动物产品的处罚', holders: [org['d4']!] },
    { key: 'same1', name: '对农药经营者不执行农药采购台账制度的处罚', holders: [org['d3']!] },
    { key: 'same2', name: '对农药经营者不执行农药采购台账制度行为的处罚', holders: [org['d3']!] },
    // An item row whose sub-items are the powers: never compared itself.
    { key: 'head1', name: HEADING, holders: [org['d1']!] },
    { key: 'head2', name: HEADING, holders: [org['d2']!] },
  ]);
  await b.powers([{ key: 'sub1', name: HEADING, subName: SUB_ITEM, parent: 'head1', holders: [org['d1']!] }]);
  await b.lists.enforcementItems([
    // 西镇: own row + a recalled hand-over, ended 2025-03-31.
    {
      name: '乡村集市占道经营',
      powerIds: [b.powerId('town3')],
      fromId: org['d1']!,
      toId: org['tB']!,
      validFrom: '2024-01-01',
      validTo: '2025-03-31',
      status: 'RECALLED',
    },
    // 中街道: the same item from two departments.
    { name: '违法建设处罚（住建）', powerIds: [b.powerId('build1')], fromId: org['d1']!, toId: org['sA']! },
    { name: '违法建设处罚（城管）', powerIds: [b.powerId('build2')], fromId: org['d2']!, toId: org['sA']! },
    // 东镇: twice from the same department: one source.
    { name: '地下水一', powerIds: [b.powerId('levels1')], fromId: org['d3']!, toId: org['tA']! },
    { name: '地下水二', powerIds: [b.powerId('levels1')], fromId: org['d3']!, toId: org['tA']!, mode: 'ENTRUST' },
  ]);
  await b.lists.whistleMatters([
    { name: `${prefix}住宅小区违规改变房屋用途`, leadIds: [org['d1']!, org['d2']!] },
    { name: `${prefix}单一主责事项`, leadIds: [org['d1']!] },
    { name: `${prefix}已废止事项`, leadIds: [org['d1']!, org['d2']!], validTo: '2024-12-31' },
    { name: `${prefix}违法建设查处`, leadIds: [org['d1']!, org['mergedLead']] },
  ]);
  // 规划局 merged into 住建局 on 2025-01-01: from then on they are one lead.
  await new FindingBuilder(app, prefix).successors([
    { fromId: org['mergedLead'], toId: org['d1']!, date: '2025-01-01' },
  ]);
}, 120_000);

afterAll(async () => {
  await app.close();
});

async function overlaps(
  filter: Record<string, unknown> = {},
  asOf = '2025-06-01',
  target: TestApp = app,
): Promise<OverlapNode[]> {
  const res = await gql<{ overlaps: { edges: { node: OverlapNode }[] } }>(target, QUERY, {
    filter: { organizationIds: mine.map((id) => toGlobalId('Organization', id)), ...filter },
    asOf,
    first: 100,
  });
  expect(res.errors).toBeUndefined();
  // Only overlaps among this file's organizations (other files' data shares the database).
  return res
    .data!.overlaps.edges.map((e) => e.node)
    .filter((o) => o.organizations.every((x) => x.name.startsWith(prefix)));
}

const orgsOf = (o: OverlapNode): string[] => o.organizations.map((x) => strip(x.name)).sort();
const ofKind = (list: OverlapNode[], kind: string): OverlapNode[] => list.filter((o) => o.kind === kind);

describe('SAME_POWER', () => {
  it('lists one item exercised by two organizations of one division, names normalised, with every row', async () => {
    const all = ofKind(await overlaps({ kinds: ['SAME_POWER'] }), 'SAME_POWER');
    expect(all.map(orgsOf).sort()).toEqual([['住建局', '城管局'].sort(), ['西镇人民政府', '西镇综合行政执法队']]);
    const same = all.filter((o) => orgsOf(o).includes('住建局'));
    expect(same[0]!.powers.map((p) => p.id).sort()).toEqual(
      [toGlobalId('Power', b.powerId('build1')), toGlobalId('Power', b.powerId('build2'))].sort(),
    );
    expect(same[0]!.score).toBe(1);
    expect(same[0]!.division).toEqual({ code: b.graph.code('cty'), name: '甲县' });
    expect(same[0]!.explanation).toContain(`甲县（${b.graph.code('cty')}）范围内`);
    expect(same[0]!.explanation).toContain(`${prefix}住建局`);
    expect(same[0]!.explanationEn).toContain(`within 甲县 (${b.graph.code('cty')})`);
  });

  it('leaves out a holder that also receives the item by an active hand-over, and counts it once the hand-over ended', async () => {
    const during = ofKind(await overlaps({ kinds: ['SAME_POWER'] }, '2025-01-01'), 'SAME_POWER');
    expect(during.map(orgsOf)).toEqual([['住建局', '城管局'].sort()]);
    const after = ofKind(await overlaps({ kinds: ['SAME_POWER'] }, '2025-06-01'), 'SAME_POWER');
    expect(after.map(orgsOf)).toContainEqual(['西镇人民政府', '西镇综合行政执法队']);
  });

  it('never compares an item row whose sub-items are the listed powers', async () => {
    const heading = normalizeKey(`${prefix}${HEADING}`);
    expect(dice(heading, heading + normalizeKey(SUB_ITEM))).toBeLessThan(0.8);
    const all = await overlaps({ kinds: ['SAME_POWER', 'SIMILAR_NAME'] });
    expect(all.filter((o) => o.powers.some((p) => p.name.includes('饲料')))).toEqual([]);
  });

  it('needs the holders at d: the abolished department took part only before its abolition', async () => {
    const before = ofKind(await overlaps({ kinds: ['SAME_POWER'] }, '2024-06-01'), 'SAME_POWER');
    expect(before.map(orgsOf)).toContainEqual(['住建局', '城管局', '旧局'].sort());
  });
});

describe('within one government (issue 13)', () => {
  const involvesOtherCounty = (o: OverlapNode): boolean => orgsOf(o).includes('乙县住建局');

  it('never pairs the bureaus of two counties holding the same item, article or similar name', async () => {
    const all = await overlaps({}, '2025-06-01');
    // 乙县住建局 holds build5 (same item and article 64 as 甲县's bureaus) and sim3 (a similar name).
    expect(all.filter(involvesOtherCounty)).toEqual([]);
    const ofOther = await overlaps({ organizationIds: [toGlobalId('Organization', org['other']!)] });
    expect(ofOther).toEqual([]);
  });

  it('names the county of the overlap its bureaus share, for every kind compared within a division', async () => {
    const all = await overlaps({ kinds: ['SAME_POWER', 'SAME_PROVISION', 'SIMILAR_NAME'] });
    const kinds = new Set(all.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['SAME_POWER', 'SAME_PROVISION', 'SIMILAR_NAME']);
    for (const o of all.filter((x) => !orgsOf(x).some((n) => n.startsWith('西镇')))) {
      expect({ kind: o.kind, division: o.division?.code }).toEqual({ kind: o.kind, division: b.graph.code('cty') });
    }
    const town = all.find((o) => orgsOf(o).includes('西镇综合行政执法队'));
    expect(town?.division?.code).toBe(b.graph.code('tB'));
  });

  it('counts a merged lead and its successor as one lead: no WHISTLE_MULTI_LEAD once merged', async () => {
    const name = `${prefix}违法建设查处`;
    const before = ofKind(await overlaps({ kinds: ['WHISTLE_MULTI_LEAD'] }, '2024-06-01'), 'WHISTLE_MULTI_LEAD');
    expect(before.filter((o) => o.whistleMatters.some((m) => m.name === name)).map(orgsOf)).toEqual([
      ['住建局', '规划局'],
    ]);
    const after = ofKind(await overlaps({ kinds: ['WHISTLE_MULTI_LEAD'] }, '2025-06-01'), 'WHISTLE_MULTI_LEAD');
    expect(after.filter((o) => o.whistleMatters.some((m) => m.name === name))).toEqual([]);
  });
});

describe('SAME_PROVISION', () => {
  it('groups rows of distinct organizations citing the same article, whatever their level', async () => {
    const same = ofKind(await overlaps({ kinds: ['SAME_PROVISION'] }), 'SAME_PROVISION');
    const plan = same.filter((o) => o.provision?.law.name === `${prefix}城乡规划法`);
    expect(plan.map((o) => [o.provision!.article, o.category, orgsOf(o)])).toEqual([
      [64, 'PUNISHMENT', ['住建局', '城管局'].sort()],
    ]);
    expect(plan[0]!.provision!.id).toBe(toGlobalId('Provision', b.provisionId('plan', { article: 64 })));
    expect(plan[0]!.explanation).toContain('第六十四条');
  });

  it('ignores procedural laws, chapter citations and rows of different categories', async () => {
    const same = ofKind(await overlaps({ kinds: ['SAME_PROVISION'] }), 'SAME_PROVISION');
    expect(same.some((o) => o.explanation.includes('行政处罚法'))).toBe(false);
    expect(same.some((o) => o.explanation.includes('第七章') || o.provision?.article === 65)).toBe(false);
  });

  it('counts a citation of a version older than the catalog: the law and the article are known', async () => {
    const same = ofKind(await overlaps({ kinds: ['SAME_PROVISION'] }), 'SAME_PROVISION');
    const roads = same.filter((o) => o.explanation.includes('城市道路管理条例'));
    expect(roads.map(orgsOf)).toEqual([['农业局', '市场局'].sort()]);
  });

  it('takes the procedural laws from ANALYSIS_PROCEDURAL_LAWS', async () => {
    const custom = await startTestApp({ ANALYSIS_PROCEDURAL_LAWS: `${prefix}城乡规划法` });
    try {
      const same = ofKind(await overlaps({ kinds: ['SAME_PROVISION'] }, '2025-06-01', custom), 'SAME_PROVISION');
      expect(same.some((o) => o.provision?.law.name === `${prefix}城乡规划法`)).toBe(false);
      expect(same.filter((o) => o.provision?.law.name === '行政处罚法').map(orgsOf)).toEqual([
        ['农业局', '市场局'].sort(),
      ]);
    } finally {
      await custom.close();
    }
  });
});

describe('SIMILAR_NAME', () => {
  it('pairs similar names of different items held by distinct organizations, scored by bigram Dice', async () => {
    const similar = ofKind(await overlaps({ kinds: ['SIMILAR_NAME'] }), 'SIMILAR_NAME');
    const a = `${prefix}对经营依法应当检疫而未经检疫的动物产品的处罚`;
    const c = `${prefix}对经营依法应当检疫而未经检疫动物产品的处罚`;
    expect(similar.map(orgsOf)).toEqual([['农业局', '市场局'].sort()]);
    expect(similar[0]!.score).toBeCloseTo(dice(normalizeKey(a), normalizeKey(c)), 6);
    expect(similar[0]!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('never pairs an item with itself (the same item at two levels) nor two items of one organization', async () => {
    const same1 = normalizeKey(`${prefix}对农药经营者不执行农药采购台账制度的处罚`);
    const same2 = normalizeKey(`${prefix}对农药经营者不执行农药采购台账制度行为的处罚`);
    expect(dice(same1, same2)).toBeGreaterThanOrEqual(0.8);
    const similar = ofKind(await overlaps({ kinds: ['SIMILAR_NAME'] }), 'SIMILAR_NAME');
    expect(similar.filter((o) => orgsOf(o).join() === '农业局' || orgsOf(o).includes('市住建局'))).toEqual([]);
  });
});

describe('DUAL_ENFORCEMENT', () => {
  it('finds a street holding one item from two departments, with both hand-overs', async () => {
    const dual = ofKind(await overlaps({ kinds: ['DUAL_ENFORCEMENT'] }), 'DUAL_ENFORCEMENT');
    expect(dual.map(orgsOf)).toEqual([['中街道办事处']]);
    expect(dual[0]!.enforcementItems.map((e) => strip(e.from.name)).sort()).toEqual(['住建局', '城管局'].sort());
  });

  it('counts own row plus a recalled hand-over only up to its end date, and one department twice as one source', async () => {
    const during = ofKind(await overlaps({ kinds: ['DUAL_ENFORCEMENT'] }, '2025-03-31'), 'DUAL_ENFORCEMENT');
    expect(during.map(orgsOf).sort()).toEqual([['中街道办事处'], ['西镇人民政府']]);
    const after = ofKind(await overlaps({ kinds: ['DUAL_ENFORCEMENT'] }, '2025-04-01'), 'DUAL_ENFORCEMENT');
    expect(after.map(orgsOf)).toEqual([['中街道办事处']]);
  });
});

describe('WHISTLE_MULTI_LEAD', () => {
  it('finds a matter in force with two leads, not one with a single lead or one no longer in force', async () => {
    const multi = ofKind(await overlaps({ kinds: ['WHISTLE_MULTI_LEAD'] }), 'WHISTLE_MULTI_LEAD');
    expect(multi.map((o) => o.whistleMatters.map((m) => strip(m.name)))).toEqual([['住宅小区违规改变房屋用途']]);
    expect(multi.map(orgsOf)).toEqual([['住建局', '城管局'].sort()]);
  });
});

describe('filters, ids and pages', () => {
  it('gives the same ids on every run and on every date the fact holds', async () => {
    const first = await overlaps();
    const second = await overlaps();
    expect(second.map((o) => o.id)).toEqual(first.map((o) => o.id));
    expect(new Set(first.map((o) => o.id)).size).toBe(first.length);
    const samePowerId = (list: OverlapNode[]): string | undefined =>
      list.find((o) => o.kind === 'SAME_POWER' && orgsOf(o).join() === ['住建局', '城管局'].sort().join())?.id;
    expect(samePowerId(await overlaps({}, '2025-01-01'))).toBe(samePowerId(first));
  });

  it('scopes to a division, selects by organization and category, and leaves whistle matters out of a category filter', async () => {
    const inTown = await overlaps({ divisionCode: b.graph.code('sA') });
    expect(inTown.map((o) => o.kind)).toEqual(['DUAL_ENFORCEMENT']);
    const inCounty2 = await overlaps({ divisionCode: b.graph.code('cty2') });
    expect(inCounty2).toEqual([]);
    const ofStreet = await overlaps({ organizationIds: [toGlobalId('Organization', org['sA']!)] });
    expect(ofStreet.map((o) => o.kind)).toEqual(['DUAL_ENFORCEMENT']);
    const licensing = await overlaps({ categories: ['LICENSING'] });
    expect(licensing).toEqual([]);
    const punishments = await overlaps({ categories: ['PUNISHMENT'] });
    expect(punishments.some((o) => o.kind === 'WHISTLE_MULTI_LEAD')).toBe(false);
  });

  it('pages by kind then id without gaps or repeats', async () => {
    const all = await overlaps();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: Awaited<
        ReturnType<
          typeof gql<{
            overlaps: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: OverlapNode }[];
            };
          }>
        >
      > = await gql(app, QUERY, {
        filter: { organizationIds: mine.map((id) => toGlobalId('Organization', id)) },
        asOf: '2025-06-01',
        first: 3,
        after,
      });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.overlaps.edges.map((e) => e.node.id));
      if (!res.data!.overlaps.pageInfo.hasNextPage) break;
      after = res.data!.overlaps.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(all.map((o) => o.id)));
    const bad = await gql(app, QUERY, { after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
