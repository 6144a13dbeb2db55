import { ABOLISHED, DEPARTMENTS } from '../../src/demo/departments';
import { catalog, type CatalogItem, type Cite } from './catalog';
import { deptName, primaryUnit, unitName, type County, type Township } from './city';
import { citation } from './laws';
import { subSeed, mulberry32 } from './prng';
import { ACCOUNTABILITY_SCOPE, accountabilityText, responsibilityBasis, responsibilityText } from './responsibilities';

/** One power as other lists refer to it: by code, or by (organization, name) when the code is "/". */
export interface PowerRef {
  item: CatalogItem;
  org: string;
  code: string;
  /** What a hand-over or whistle row writes in 关联权力 / 原权力编码. */
  ref: string;
}

export interface CountyPowers {
  /** Rows per exercising organization, in file order. */
  files: { org: string; ownerKey: string; rows: string[][] }[];
  /** Single-row powers (no sub-items) by owner key ('township:<code>' for townships). */
  refs: Map<string, PowerRef[]>;
  rows: number;
  items: number;
}

const CATEGORY_CODE: Record<string, string> = {
  行政许可: 'XK', 行政处罚: 'CF', 行政强制: 'QZ', 行政征收: 'ZS', 行政给付: 'JF', 行政检查: 'JC', 行政确认: 'QR', 行政奖励: 'JL', 行政裁决: 'CJ', 其他行政权力: 'QT',
};

const basisOf = (item: CatalogItem, cites: readonly Cite[]): string =>
  item.basis ?? cites.map((c) => citation(c.law, c.article, c.item)).join('\n');

export function countyPowers(county: County, seed: number): CountyPowers {
  const rng = mulberry32(subSeed(seed, `powers:${county.code}`));
  const files: CountyPowers['files'] = [];
  const refs = new Map<string, PowerRef[]>();
  let rowCount = 0;
  let itemCount = 0;
  const all = catalog();

  const emit = (ownerKey: string, org: string, division: string, codeBase: string, items: CatalogItem[], unitOf: (item: CatalogItem) => string, duty: string, codeless: number) => {
    const rows: string[][] = [];
    const serial = new Map<string, number>();
    const list: PowerRef[] = [];
    items.forEach((item, index) => {
      const n = (serial.get(item.category) ?? 0) + 1;
      serial.set(item.category, n);
      const code = (sub: number) => `${codeBase}${CATEGORY_CODE[item.category] ?? 'QT'}${String(n).padStart(3, '0')}${String(sub).padStart(2, '0')}`;
      const noCode = !item.plant && !item.subs && rng.chance(codeless);
      const common = (sub: number, subName: string, cites: readonly Cite[]): string[] => [
        String(index + 1), item.name, subName, item.category, noCode ? '/' : code(sub), basisOf(item, cites), org, unitOf(item),
        division.length === 6 ? '县级' : '乡级', division.length === 6 ? `负责${county.name}行政区域内的实施` : '负责本辖区内的实施',
        duty, item.noResponsibility ? '' : responsibilityText(item.category), item.noResponsibility ? '' : responsibilityBasis(item.category),
        ACCOUNTABILITY_SCOPE, accountabilityText(item.category), division, '',
      ];
      if (item.subs) {
        item.subs.forEach((s, i) => rows.push(common(i + 1, s.name, [s.cite])));
      } else {
        rows.push(common(0, '', item.cites));
        const c = noCode ? '/' : code(0);
        list.push({ item, org, code: c, ref: noCode ? item.name : c });
      }
      itemCount += 1;
    });
    rowCount += rows.length;
    files.push({ org, ownerKey, rows });
    refs.set(ownerKey, list);
  };

  for (const dep of DEPARTMENTS) {
    const items = all.filter((i) => i.owner === dep.key);
    if (!items.length) continue;
    const enforcementUnit = primaryUnit(dep);
    const unitOf = (item: CatalogItem) =>
      unitName(county, dep.key, county.compact || item.category === '行政处罚' || item.category === '行政强制' ? enforcementUnit : dep.units[item.name.length % dep.units.length] ?? '');
    emit(dep.key, deptName(county, dep.key), county.code, `${county.code}${dep.code}`, items, unitOf, dep.duty, 0.08);
  }
  for (const old of ABOLISHED) {
    const items = all.filter((i) => i.owner === old.key);
    emit(old.key, deptName(county, old.key), county.code, `${county.code}${old.code}`, items, () => unitName(county, old.key, old.units[0]), '（机构改革前职责）', 0);
  }
  const townItems = all.filter((i) => i.owner === 'township');
  const dual = all.find((i) => i.plant === 'dual-ag');
  county.townships.forEach((t: Township, ti) => {
    const items = townItems.filter((i) => t.kind !== 'street' || i.streets !== false);
    // The first town also lists, as its own power, what 农业农村局 hands to it (DUAL_ENFORCEMENT).
    if (t === firstTown(county) && dual) items.push({ ...dual, owner: 'township', plant: 'dual-own' });
    emit(`township:${t.code}`, t.org, t.code, `${county.code}${8}${String(ti % 100).padStart(2, '0')}`, items, () => t.team ?? t.org, '负责本辖区经济社会管理和公共服务。', 0.3);
  });
  return { files, refs, rows: rowCount, items: itemCount };
}

export const firstTown = (county: County): Township => {
  const t = county.townships.find((x) => x.kind === 'town');
  if (!t) throw new Error('county without a town');
  return t;
};
