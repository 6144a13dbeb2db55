import { type County, deptName } from './city';
import { citation, loadExtract } from './laws';
import { intToChinese } from './law-text';
import type { CountyPowers, PowerRef } from './powers';
import { mulberry32, subSeed } from './prng';

/** 包容审慎监管"四张清单": lenient treatment of punishment and coercion powers; two mismatches planted. */

const DEPTS = ['mr', 'eco', 'em', 'ag', 'tr', 'wh', 'ua', 'hc', 'nr', 'ct', 'wr', 'fo'];
const KINDS = ['不予处罚', '首违不罚', '从轻处罚', '减轻处罚'] as const;
const CONDITIONS: Record<string, string> = {
  不予处罚: '违法行为轻微并及时改正，没有造成危害后果的',
  首违不罚: '初次违法且危害后果轻微并及时改正的',
  从轻处罚: '主动消除或者减轻违法行为危害后果的',
  减轻处罚: '配合行政机关查处违法行为有立功表现的',
  免予行政强制: '违法行为情节显著轻微或者没有明显社会危害的',
};

const shortCite = (r: PowerRef): string => {
  const c = r.item.cites[0];
  if (!c) return '';
  const title = loadExtract().laws[c.law]?.title ?? c.law;
  return `《${title}》第${intToChinese(c.article)}条`;
};

export function countyLenient(county: County, powers: CountyPowers, perDept: number, seed: number): { rows: string[][]; mismatches: number } {
  const rng = mulberry32(subSeed(seed, `lenient:${county.code}`));
  const rows: string[][] = [];
  const push = (kind: string, r: PowerRef, dept: string, remarks = '') => {
    const violation = r.item.name.replace(/^对/, '').replace(/的(?:行政)?处罚$/, '').replace(/^查封、扣押/, '涉案物品依法应予查封、扣押：');
    const ground = kind === '免予行政强制' ? citation('行政强制法', 16) : citation('行政处罚法', kind === '从轻处罚' || kind === '减轻处罚' ? 32 : 33);
    rows.push([String(rows.length + 1), kind, violation, CONDITIONS[kind] ?? '', shortCite(r), shortCite(r), ground, deptName(county, dept), r.ref, remarks]);
  };
  const usable = (key: string, category: string) => (powers.refs.get(key) ?? []).filter((r) => r.item.category === category && !r.item.plant && r.item.cites.length > 0);
  for (const key of DEPTS) {
    const picks = rng.shuffle(usable(key, '行政处罚')).slice(0, perDept);
    picks.forEach((r, i) => push(KINDS[i % KINDS.length] ?? '不予处罚', r, key));
    const coercion = usable(key, '行政强制')[0];
    if (coercion) push('免予行政强制', coercion, key);
  }
  const licence = usable('mr', '行政许可')[0];
  const other = usable('em', '行政处罚')[0];
  if (!licence || !other) throw new Error('lenient plants need a 市场监管 licence and an 应急 punishment');
  push('首违不罚', licence, 'mr', '【缺陷】关联权力为行政许可');
  push('从轻处罚', other, 'eco', '【缺陷】关联权力属于其他部门');
  return { rows, mismatches: 2 };
}
