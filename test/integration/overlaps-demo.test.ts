/**
 * The planted overlaps of the demo city (data/demo/EXPECTED.md) found through the API, scoped to
 * 青石市 by divisionCode 990181. Since issue 13, organizations are compared within one division
 * only: EXPECTED.md's "scoped" counts (the 12 townships, each its own division, no longer overlap
 * with each other as issue 5's literal reading had it).
 */
import { loadDemo } from '../../src/importer/demo';
import { gql, startTestApp, type TestApp } from '../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemo(app.db);
}, 300_000);

afterAll(async () => {
  await app.close();
});

interface OverlapNode {
  id: string;
  score: number;
  organizations: { name: string }[];
  powers: { name: string }[];
  provision: { article: number; law: { name: string } } | null;
  enforcementItems: { from: { name: string } }[];
  whistleMatters: { name: string }[];
}

const QUERY = `
  query($filter: OverlapFilter) {
    overlaps(filter: $filter, asOf: "2026-12-01", first: 500) {
      totalCount
      edges { node {
        id score organizations { name } powers { name } provision { article law { name } }
        enforcementItems { from { name } } whistleMatters { name }
      } }
    }
  }`;

async function overlaps(kind: string): Promise<{ totalCount: number; nodes: OverlapNode[] }> {
  const res = await gql<{ overlaps: { totalCount: number; edges: { node: OverlapNode }[] } }>(app, QUERY, {
    filter: { kinds: [kind], divisionCode: '990181' },
  });
  expect(res.errors).toBeUndefined();
  return { totalCount: res.data!.overlaps.totalCount, nodes: res.data!.overlaps.edges.map((e) => e.node) };
}

const orgNames = (o: OverlapNode): string[] => o.organizations.map((x) => x.name.replace(/^青石市/, '')).sort();
const HOUSING = ['住房和城乡建设局', '城市管理和综合执法局'].sort();

describe('the planted overlaps of 青石市 (as of 2026-12-01)', () => {
  it('SAME_POWER: the two 住建/城管 items, and 2 in all (scoped reading)', async () => {
    const { totalCount, nodes } = await overlaps('SAME_POWER');
    const planted = nodes.filter((o) => orgNames(o).join() === HOUSING.join());
    expect(planted.map((o) => o.powers[0]!.name).sort()).toEqual([
      '占用、挖掘城市道路审批',
      '对未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的处罚',
    ]);
    expect(totalCount).toBe(2);
  });

  it('SAME_PROVISION: 社会保险法 §88 for 人社 and 医保, and 3 in all (scoped reading)', async () => {
    const { totalCount, nodes } = await overlaps('SAME_PROVISION');
    const planted = nodes.filter((o) => o.provision?.law.name === '社会保险法' && o.provision.article === 88);
    expect(planted.map(orgNames)).toEqual([['人力资源和社会保障局', '医疗保障局']]);
    expect(
      nodes.filter((o) => o.provision?.law.name === '城乡规划法' && o.provision.article === 64).map(orgNames),
    ).toEqual([HOUSING]);
    // The 12 townships' 突发事件应对法 §34 rulings are each one township's own: 12 governments, no overlap.
    expect(nodes.filter((o) => o.provision?.law.name === '突发事件应对法')).toEqual([]);
    expect(nodes.map((o) => o.provision?.law.name).sort()).toEqual(['城乡规划法', '城市道路管理条例', '社会保险法']);
    expect(totalCount).toBe(3);
  });

  it('SIMILAR_NAME: exactly the 2 planted pairs', async () => {
    const { nodes } = await overlaps('SIMILAR_NAME');
    expect(nodes.map(orgNames).sort()).toEqual([
      ['交通运输局', '公安局'],
      ['农业农村局', '市场监督管理局'],
    ]);
    expect(nodes.every((o) => o.score >= 0.8 && o.score < 1)).toBe(true);
  });

  it('DUAL_ENFORCEMENT: 白沙镇 (own row + 赋权) and 青云街道 (赋权 from 住建 and 城管)', async () => {
    const { nodes } = await overlaps('DUAL_ENFORCEMENT');
    expect(nodes.map((o) => o.organizations.map((x) => x.name)).sort()).toEqual([
      ['白沙镇人民政府'],
      ['青云街道办事处'],
    ]);
    const qingyun = nodes.find((o) => o.organizations[0]!.name === '青云街道办事处')!;
    expect(qingyun.enforcementItems.map((e) => e.from.name.replace(/^青石市/, '')).sort()).toEqual(HOUSING);
  });

  it('WHISTLE_MULTI_LEAD: the 2 planted matters', async () => {
    const { nodes } = await overlaps('WHISTLE_MULTI_LEAD');
    expect(nodes.map((o) => o.whistleMatters[0]!.name).sort()).toEqual(
      ['住宅小区违规改变房屋用途', '农贸市场活禽销售管理'].sort(),
    );
    expect(nodes.map(orgNames).sort()).toEqual([HOUSING, ['农业农村局', '市场监督管理局']].sort());
  });
});
