/**
 * Findings (issue 5) on a small built graph with one planted case of every kind and the negative
 * cases beside them, through the GraphQL API. Assertions are scoped to this file's organizations.
 */
import { loadDemo } from '../../src/importer/demo';
import { findingId } from '../../src/features/analysis/findings/finding-id';
import { toGlobalId } from '../../src/shared/global-id';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { buildFindingGraph, type FindingGraph } from '../support/finding-builders';

interface FindingNode {
  id: string;
  kind: string;
  severity: string;
  subject: { __typename: string; name?: string; violation?: string };
  related: { __typename: string }[];
  organizations: { name: string }[];
  explanation: string;
  explanationEn: string;
  evidence: string[];
}

interface FindingPage {
  findings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: FindingNode }[];
  };
}

const FINDINGS = `
  query Findings($filter: FindingFilter, $asOf: Date, $first: Int, $after: String) {
    findings(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id kind severity explanation explanationEn evidence
          organizations { name }
          related { __typename }
          subject {
            __typename
            ... on Power { name }
            ... on EnforcementItem { name }
            ... on WhistleMatter { name }
            ... on TownshipDutyItem { name }
            ... on LenientItem { violation }
          }
        }
      }
    }
  }`;

let app: TestApp;
let graph: FindingGraph;
const prefix = uniquePrefix('问题');
const AS_OF = '2026-12-01';

beforeAll(async () => {
  app = await startTestApp();
  graph = await buildFindingGraph(app, prefix);
}, 60_000);

afterAll(async () => {
  await app.close();
});

const mine = (): string[] => Object.values(graph.organizations).map((id) => toGlobalId('Organization', id));

async function findings(filter: Record<string, unknown> = {}, asOf = AS_OF): Promise<FindingNode[]> {
  const res = await gql<FindingPage>(app, FINDINGS, {
    filter: { organizationIds: mine(), ...filter },
    asOf,
    first: 500,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.findings.edges.map((e) => e.node);
}

const nameOf = (f: FindingNode): string => (f.subject.name ?? f.subject.violation ?? '').replace(prefix, '');

function byKind(list: FindingNode[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of list) (out[f.kind] ??= []).push(nameOf(f));
  for (const names of Object.values(out)) names.sort();
  return out;
}

describe('findings', () => {
  it('finds exactly the planted case of every kind, and none of the negative cases', async () => {
    expect(byKind(await findings())).toEqual({
      NO_BASIS: ['无依据处罚'],
      WEAK_BASIS: ['只有通知的处罚'],
      STALE_BASIS: ['旧版本依据的处罚', '未收录版本依据的处罚', '新旧版本混引的处罚'].sort(),
      UNRESOLVED_BASIS: ['引用废止法律的处罚', '引用已废止条例旧版本的处罚', '未写条文的处罚'].sort(),
      NO_RESPONSIBILITY: ['无责任事项的处罚'],
      WHISTLE_NO_LEAD: ['无人牵头'],
      WHISTLE_LEAD_INACTIVE: ['旧局牵头'],
      WHISTLE_LEAD_LACKS_POWER: ['甲局牵头但无权'],
      DUTY_WITHOUT_POWER: ['东镇配合检查'],
      ILLEGAL_HANDOVER: ['委托查封', '委托许可给执法队'],
      HANDOVER_NOT_PUBLISHED: ['无期限的委托', '未公布的赋权'],
      HANDOVER_EVALUATION_OVERDUE: ['评估逾期的赋权'],
      LENIENT_MISMATCH: ['从轻指向他局处罚', '首违不罚指向许可'],
      ORPHANED: ['废局的处罚', '旧局的处罚', '旧局的赋权'].sort(),
    });
  });

  it('gives each kind its severity and a subject of the right type', async () => {
    const list = await findings();
    const expected: Record<string, [string, string]> = {
      NO_BASIS: ['ERROR', 'Power'],
      WEAK_BASIS: ['WARNING', 'Power'],
      STALE_BASIS: ['WARNING', 'Power'],
      UNRESOLVED_BASIS: ['INFO', 'Power'],
      NO_RESPONSIBILITY: ['WARNING', 'Power'],
      WHISTLE_NO_LEAD: ['ERROR', 'WhistleMatter'],
      WHISTLE_LEAD_INACTIVE: ['ERROR', 'WhistleMatter'],
      WHISTLE_LEAD_LACKS_POWER: ['WARNING', 'WhistleMatter'],
      DUTY_WITHOUT_POWER: ['ERROR', 'TownshipDutyItem'],
      ILLEGAL_HANDOVER: ['ERROR', 'EnforcementItem'],
      HANDOVER_NOT_PUBLISHED: ['WARNING', 'EnforcementItem'],
      HANDOVER_EVALUATION_OVERDUE: ['WARNING', 'EnforcementItem'],
      LENIENT_MISMATCH: ['ERROR', 'LenientItem'],
    };
    for (const f of list) {
      if (f.kind === 'ORPHANED') {
        expect(['Power', 'EnforcementItem']).toContain(f.subject.__typename);
        expect(f.severity).toBe('ERROR');
        continue;
      }
      expect([f.severity, f.subject.__typename]).toEqual(expected[f.kind]);
      expect(f.explanation).toMatch(/[\u4e00-\u9fa5]/);
      expect(f.explanationEn.length).toBeGreaterThan(10);
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it('explains a stale basis naming both versions, and names successors of abolished departments', async () => {
    const list = await findings();
    const stale = list.find((f) => f.kind === 'STALE_BASIS' && nameOf(f) === '旧版本依据的处罚')!;
    expect(stale.explanation).toContain('2018-10-26修正');
    expect(stale.explanation).toContain('2022-09-02');
    expect(stale.related.map((r) => r.__typename)).toContain('Provision');
    const orphan = list.find((f) => f.kind === 'ORPHANED' && nameOf(f) === '旧局的处罚')!;
    expect(orphan.explanation).toContain(`${prefix}甲局`);
    expect(list.find((f) => f.kind === 'ORPHANED' && nameOf(f) === '废局的处罚')!.explanation).toContain(
      '未记录承继机构',
    );
    const lead = list.find((f) => f.kind === 'WHISTLE_LEAD_INACTIVE')!;
    expect(lead.explanation).toContain(`${prefix}旧局`);
    expect(lead.explanation).toContain(`${prefix}甲局`);
    const illegal = list
      .filter((f) => f.kind === 'ILLEGAL_HANDOVER')
      .map((f) => f.explanation)
      .join('\n');
    expect(illegal).toContain('行政强制法');
    expect(illegal).toContain('行政许可法');
  });

  it('computes as of the date: before the evaluation date nothing is overdue, before 2022 only versions older than 2018 are stale', async () => {
    const early = byKind(await findings({}, '2025-06-01'));
    expect(early['HANDOVER_EVALUATION_OVERDUE']).toBeUndefined();
    // Before its recall the recalled hand-over was in force: unpublished then, and the duty was held.
    expect(early['HANDOVER_NOT_PUBLISHED']).toContain('已收回的赋权');
    expect(early['DUTY_WITHOUT_POWER']).toBeUndefined();
    // In 2021 the 2018 version was in force: citing it is not stale, citing the 2010 one still is.
    const list2021 = await findings({}, '2021-06-01');
    expect(byKind(list2021)['STALE_BASIS']).toEqual(['未收录版本依据的处罚', '新旧版本混引的处罚'].sort());
    const both = list2021.find((f) => f.kind === 'STALE_BASIS' && nameOf(f) === '新旧版本混引的处罚')!;
    expect(both.explanation).toContain('2010-05-01修正');
    expect(both.explanation).toContain('2018-10-26公布的版本');
    expect(both.explanation).not.toContain('2018-10-26修正');
  });

  it('reports a citation of a version older than the catalog once, as STALE_BASIS, in the one finding of its power', async () => {
    const list = await findings();
    const ofPower = (name: string) => list.filter((f) => nameOf(f) === name).map((f) => f.kind);
    expect(ofPower('未收录版本依据的处罚')).toEqual(['STALE_BASIS']);
    expect(ofPower('新旧版本混引的处罚')).toEqual(['STALE_BASIS']);
    const both = list.find((f) => nameOf(f) === '新旧版本混引的处罚')!;
    // Both versions named: the resolved 2018 one and the 2010 one the catalog does not hold, against 2022.
    expect(both.explanation).toContain('2018-10-26修正的版本');
    expect(both.explanation).toContain('2010-05-01修正的版本（早于法律目录收录的最早版本）');
    expect(both.explanation).toContain(`${AS_OF}施行的是2022-09-02公布的版本`);
    expect(both.explanationEn).toContain('amended 2010-05-01');
    expect(both.evidence.some((e) => e.startsWith('责任事项依据第47条：') && e.includes('2010年5月1日修正'))).toBe(
      true,
    );
    expect(both.related.map((r) => r.__typename).sort()).toEqual(['LegalDocument', 'Provision']);
    // Still the id of "this power's basis is stale": kind and subject only.
    expect(both.id).toBe(findingId('STALE_BASIS', `Power:${graph.powers['staleBoth']!}`));
    expect(list.find((f) => nameOf(f) === '未收录版本依据的处罚')!.explanation).toContain('2022-09-02');
  });

  it('reports every national citation that did not resolve, saying why; local documents and stale versions are not', async () => {
    const list = await findings({ kinds: ['UNRESOLVED_BASIS'] });
    const of = (name: string) => list.find((f) => nameOf(f) === name)!;
    expect(of('引用废止法律的处罚').explanation).toContain('城市规划法》第40条：法律目录中没有该法律');
    const noArticle = of('未写条文的处罚');
    expect(noArticle.explanation).toContain('有2条法律、法规依据未能解析到条文');
    expect(noArticle.explanation).toContain('示例法》：未写明条文');
    expect(noArticle.explanation).toContain('示例法》第900条：该版本文本中没有所引条文');
    expect(noArticle.explanationEn).toContain('no article given');
    expect(noArticle.evidence).toContain(
      `责任事项依据：《中华人民共和国${prefix}示例法》第九百条（该版本文本中没有第900条）`,
    );
    // A repealed law cited in a version older than the catalog: no version in force to be stale against.
    expect(of('引用已废止条例旧版本的处罚').explanation).toContain('旧示例条例》第10条：所注明的版本不在法律目录中');
    expect(list.map(nameOf)).not.toContain('地方文件未写条文的处罚');
  });

  it('gives the same ids on every run, one per fact', async () => {
    const first = (await findings()).map((f) => f.id).sort();
    const second = (await findings()).map((f) => f.id).sort();
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('filters by kind, severity and organization', async () => {
    expect(byKind(await findings({ kinds: ['ILLEGAL_HANDOVER', 'ORPHANED'] }))).toEqual({
      ILLEGAL_HANDOVER: ['委托查封', '委托许可给执法队'],
      ORPHANED: ['废局的处罚', '旧局的处罚', '旧局的赋权'].sort(),
    });
    expect(new Set((await findings({ severities: ['INFO'] })).map((f) => f.kind))).toEqual(
      new Set(['UNRESOLVED_BASIS']),
    );
    const ofB = await findings({ organizationIds: [toGlobalId('Organization', graph.organizations['乙局']!)] });
    expect(byKind(ofB)).toEqual({
      WHISTLE_LEAD_LACKS_POWER: ['甲局牵头但无权'],
      DUTY_WITHOUT_POWER: ['东镇配合检查'],
      HANDOVER_NOT_PUBLISHED: ['无期限的委托'],
      LENIENT_MISMATCH: ['从轻指向他局处罚'],
    });
    const bad = await gql(app, FINDINGS, { filter: { organizationIds: ['%%%'] } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('pages through every finding without duplicates or gaps', async () => {
    const all = (await findings()).map((f) => f.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const res: Awaited<ReturnType<typeof gql<FindingPage>>> = await gql<FindingPage>(app, FINDINGS, {
        filter: { organizationIds: mine() },
        asOf: AS_OF,
        first: 4,
        after,
      });
      const page = res.data!.findings;
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});

describe('findings on the demo city 青石市 (data/demo/EXPECTED.md)', () => {
  beforeAll(async () => {
    await loadDemo(app.db);
  }, 300_000);

  /** Every organization of 青石市 (division 990181 and below), abolished ones included. */
  async function demoOrganizationIds(): Promise<string[]> {
    const ids = new Set<string>();
    for (const asOf of ['2024-06-01', AS_OF]) {
      let after: string | null = null;
      for (;;) {
        const res: Awaited<
          ReturnType<
            typeof gql<{
              organizations: {
                edges: { node: { id: string } }[];
                pageInfo: { hasNextPage: boolean; endCursor: string | null };
              };
            }>
          >
        > = await gql(
          app,
          'query($asOf: Date, $after: String) { organizations(filter: { divisionCode: "990181" }, asOf: $asOf, first: 500, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { asOf, after },
        );
        const page = res.data!.organizations;
        for (const e of page.edges) ids.add(e.node.id);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    }
    return [...ids];
  }

  it('finds the planted findings with the counts EXPECTED.md gives', async () => {
    const organizationIds = await demoOrganizationIds();
    expect(organizationIds.length).toBeGreaterThan(100);
    const res = await gql<FindingPage>(app, FINDINGS, { filter: { organizationIds }, asOf: AS_OF, first: 500 });
    expect(res.errors).toBeUndefined();
    const counts: Record<string, number> = {};
    for (const e of res.data!.findings.edges) counts[e.node.kind] = (counts[e.node.kind] ?? 0) + 1;
    expect(counts).toEqual({
      NO_BASIS: 2,
      WEAK_BASIS: 2,
      STALE_BASIS: 2,
      UNRESOLVED_BASIS: 1,
      NO_RESPONSIBILITY: 2,
      WHISTLE_NO_LEAD: 3,
      WHISTLE_LEAD_INACTIVE: 1,
      WHISTLE_LEAD_LACKS_POWER: 2,
      DUTY_WITHOUT_POWER: 1,
      ILLEGAL_HANDOVER: 2,
      HANDOVER_NOT_PUBLISHED: 2,
      HANDOVER_EVALUATION_OVERDUE: 1,
      LENIENT_MISMATCH: 2,
      ORPHANED: 7,
    });
    const orphaned = res.data!.findings.edges.map((e) => e.node).filter((f) => f.kind === 'ORPHANED');
    expect(orphaned.every((f) => f.subject.__typename === 'Power')).toBe(true);
    expect(orphaned.filter((f) => f.explanation.includes('青石市发展和改革委员会'))).toHaveLength(4);
  }, 120_000);
});
