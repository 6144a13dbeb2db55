import type { County, Township } from './city';
import { firstTown, type CountyPowers, type PowerRef } from './powers';
import { mulberry32, subSeed } from './prng';

/**
 * The township enforcement list (乡镇(街道)综合行政执法事项清单) of one county: a batch of grants
 * (赋权) to every town and street, entrustments (委托) to streets, 交由行使 to towns, a few
 * recalled grants, and the planted defects listed in data/demo/EXPECTED.md.
 */

export interface HandoverPlan { grants: number; entrusts: number; jiaoyou: number; recalled: number }

export interface HandoverResult {
  rows: string[][];
  /** Expanded hand-overs (one per power and receiving organization). */
  count: number;
  /** Powers every township and street holds by an active grant: duty lists refer to these. */
  grantedToAll: PowerRef[];
  /** Every power handed over (any mode, any state): the duty plant must avoid them. */
  handed: Set<PowerRef>;
}

const FIELD_DEPTS = ['ua', 'nr', 'ag', 'eco', 'mr', 'em', 'hc', 'wh', 'wr', 'fo', 'tr', 'ct'];

export function countyHandovers(county: County, powers: CountyPowers, plan: HandoverPlan, seed: number): HandoverResult {
  const rng = mulberry32(subSeed(seed, `handovers:${county.code}`));
  const short = county.name.slice(0, 1);
  const doc = { grant: `${short}政发〔2022〕15号`, entrust: `${short}政办发〔2023〕7号`, jiaoyou: `${short}政发〔2024〕3号`, recall: `${short}政发〔2025〕9号` };
  const refsOf = (key: string) => powers.refs.get(key) ?? [];
  const pool = rng.shuffle(FIELD_DEPTS.flatMap((k) => refsOf(k).filter((r) => r.item.category === '行政处罚' && !r.item.plant)));
  const take = (n: number) => pool.splice(0, n);
  const towns = county.townships.filter((t) => t.kind !== 'street');
  const streets = county.townships.filter((t) => t.kind === 'street');
  const rows: string[][] = [];
  const handed = new Set<PowerRef>();
  let count = 0;
  const row = (r: PowerRef, to: string[], mode: string, inName: string, docNo: string, published: string, from: string, until: string, evaluation: string, state: string, remarks = '') => {
    rows.push([String(rows.length + 1), r.item.name, r.code === '/' ? '' : r.code, r.item.category, r.org, to.join('、'), mode, inName, docNo, published, from, until, evaluation, state, remarks]);
    handed.add(r);
    count += to.length;
  };
  const orgs = (ts: Township[]) => ts.map((t) => t.org);

  const grantedToAll = take(plan.grants);
  for (const r of grantedToAll) row(r, orgs(county.townships), '赋权', '本机关', doc.grant, '是', '2022-07-01', '', '2029-06-30', '有效');
  for (const r of take(plan.entrusts)) row(r, orgs(streets), '委托', '原实施部门', doc.entrust, '是', '2023-03-01', '2029-12-31', '', '有效');
  for (const r of take(plan.jiaoyou)) row(r, orgs(towns), '交由行使', '本机关', doc.jiaoyou, '是', '2024-01-01', '', '2029-06-30', '有效');
  for (const r of take(plan.recalled)) {
    row(r, [rng.pick(county.townships).org], '赋权', '本机关', doc.grant, '是', '2022-07-01', '2025-06-30', '2029-06-30', '已收回', `依据${doc.recall}收回`);
  }

  // Planted defects (see EXPECTED.md). Each uses its own power so findings do not interact.
  const town = firstTown(county);
  const town2 = towns.find((t) => t.kind === 'town' && t !== town) ?? town;
  const town3 = towns.filter((t) => t.kind === 'town')[2] ?? town;
  const township = towns.find((t) => t.kind === 'township') ?? town;
  const street = streets[0] ?? town;
  const street2 = streets[1] ?? street;
  const firstOf = (key: string, category: string) => {
    const found = refsOf(key).find((r) => r.item.category === category && !r.item.plant && !handed.has(r));
    if (!found) throw new Error(`${county.name}: no ${category} of ${key} to plant`);
    return found;
  };
  const planted = (key: string, id: string) => {
    const found = refsOf(key).find((r) => r.item.plant === id);
    if (!found) throw new Error(`${county.name}: planted power ${id} missing`);
    return found;
  };
  row(firstOf('mr', '行政强制'), [town.org], '委托', '原实施部门', doc.entrust, '是', '2023-03-01', '2029-12-31', '', '有效', '【缺陷】委托行政强制措施');
  row(firstOf('mr', '行政许可'), [town.team ?? town.org], '委托', '原实施部门', doc.entrust, '是', '2023-03-01', '2029-12-31', '', '有效', '【缺陷】行政许可委托给非行政机关');
  row(firstOf('wh', '行政许可'), [township.org], '委托', '原实施部门', doc.entrust, '是', '2023-03-01', '2029-12-31', '', '有效', '委托乡人民政府实施许可（合法）');
  row(take(1)[0] as PowerRef, [town2.org], '赋权', '本机关', `${short}政发〔2024〕11号`, '否', '2024-05-01', '', '2029-06-30', '有效', '【缺陷】决定未公布');
  row(take(1)[0] as PowerRef, [street2.org], '委托', '原实施部门', `${short}政办发〔2024〕2号`, '是', '2024-02-01', '', '', '有效', '【缺陷】委托未载明期限');
  row(take(1)[0] as PowerRef, [town3.org], '赋权', '本机关', `${short}政发〔2021〕20号`, '是', '2021-09-01', '', '2025-12-31', '有效', '【缺陷】评估已逾期');
  row(planted('ag', 'dual-ag'), [town.org], '赋权', '本机关', doc.grant, '是', '2022-07-01', '', '2029-06-30', '有效');
  row(planted('hc', 'sp-hc'), [street.org], '赋权', '本机关', doc.grant, '是', '2022-07-01', '', '2029-06-30', '有效');
  row(planted('ua', 'sp-ua'), [street.org], '赋权', '本机关', doc.grant, '是', '2022-07-01', '', '2029-06-30', '有效');
  return { rows, count, grantedToAll, handed };
}
