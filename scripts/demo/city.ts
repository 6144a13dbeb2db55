import { ABOLISHED, DEPARTMENTS, type DepartmentSpec, type OrgTypeLabel } from '../../src/demo/departments';

/**
 * The fictional places. Province 99 does not exist in GB/T 2260, so no code can clash with a real
 * division: 990000 示例省 → 990100 示例地区 → 990181 青石市 (county 1, the hand-made demo city).
 * Further counties (scale > 1) are 99PPCC under prefectures 99PP00, PP ≥ 02.
 */

export type TownKind = 'street' | 'town' | 'township';

export interface Township {
  code: string;
  name: string;
  kind: TownKind;
  /** 青云街道办事处 / 白沙镇人民政府 */
  org: string;
  /** 白沙镇综合行政执法队 (towns and townships only) */
  team?: string;
}

export interface County {
  index: number;
  code: string;
  name: string;
  prefecture: { code: string; name: string };
  townships: Township[];
  /** Counties after the first list one internal unit per department and one enforcement team. */
  compact: boolean;
}

export const PROVINCE = { code: '990000', name: '示例省' };

const CITY1_TOWNS: [string, TownKind][] = [
  ['青云街道', 'street'], ['石桥街道', 'street'], ['东城街道', 'street'], ['西关街道', 'street'], ['南湖街道', 'street'],
  ['白沙镇', 'town'], ['柳河镇', 'town'], ['金滩镇', 'town'], ['松林镇', 'town'], ['龙泉镇', 'town'],
  ['杏花乡', 'township'], ['三岔乡', 'township'],
];

const FIRST = '云白石柳松金龙杏桃梨临安平永长新丰和清明'.split('');
const SECOND = '溪川山河源泉江湖原林阳宁坪岭桥湾峰口塘田'.split('');

const syllableName = (n: number): string => {
  const a = FIRST[n % FIRST.length] ?? '';
  const b = SECOND[Math.floor(n / FIRST.length) % SECOND.length] ?? '';
  const round = Math.floor(n / (FIRST.length * SECOND.length));
  return `${a}${b}${round ? String(round + 1) : ''}`;
};

function townshipOf(countyCode: string, kind: TownKind, serial: number, name: string): Township {
  // GB/T 10114 habit: streets 001-099, towns 100-199, townships 200-299.
  const base = kind === 'street' ? 0 : kind === 'town' ? 100 : 200;
  const code = `${countyCode}${String(base + serial).padStart(3, '0')}`;
  const org = kind === 'street' ? `${name}办事处` : `${name}人民政府`;
  return { code, name, kind, org, ...(kind === 'street' ? {} : { team: `${name}综合行政执法队` }) };
}

export function countyOf(index: number, townshipsPerExtraCounty: number): County {
  if (index === 1) {
    const serial = { street: 0, town: 0, township: 0 };
    const townships = CITY1_TOWNS.map(([name, kind]) => townshipOf('990181', kind, ++serial[kind], name));
    return { index, code: '990181', name: '青石市', prefecture: { code: '990100', name: '示例地区' }, townships, compact: false };
  }
  const k = index - 2;
  const pp = 2 + Math.floor(k / 60);
  const cc = 21 + (k % 60);
  const code = `99${String(pp).padStart(2, '0')}${String(cc).padStart(2, '0')}`;
  const name = `${syllableName(k * 7 + 3)}县`;
  const townships: Township[] = [];
  const serial = { street: 0, town: 0, township: 0 };
  for (let t = 0; t < townshipsPerExtraCounty; t++) {
    const kind: TownKind = t % 7 === 0 ? 'street' : t % 3 === 0 ? 'township' : 'town';
    const suffix = kind === 'street' ? '街道' : kind === 'town' ? '镇' : '乡';
    const town = townshipOf(code, kind, ++serial[kind], `${syllableName(t * 13 + k)}${suffix}`);
    if (t !== 1) delete town.team;
    townships.push(town);
  }
  return { index, code, name, prefecture: { code: `99${String(pp).padStart(2, '0')}00`, name: `示例第${pp}地区` }, townships, compact: true };
}

export interface OrgRow {
  name: string;
  type: OrgTypeLabel;
  level: string;
  parent: string;
  division: string;
  founded: string;
  abolished: string;
  successor: string;
  remarks: string;
}

export const deptName = (county: County, key: string): string => {
  const dep = DEPARTMENTS.find((d) => d.key === key);
  if (dep) return dep.verticalPrefix ? `${dep.verticalPrefix}${county.name}${dep.name}` : `${county.name}${dep.name}`;
  const old = ABOLISHED.find((a) => a.key === key);
  if (old) return `${county.name}${old.name}`;
  throw new Error(`unknown department ${key}`);
};

/** The unit that handles punishments (执法大队); the only unit a compact county lists. */
export const primaryUnit = (dep: DepartmentSpec): string => dep.units.find((u) => /执法|监察|稽查/.test(u)) ?? dep.units[dep.units.length - 1] ?? '';

export const unitName = (county: County, key: string, unit: string): string => `${deptName(county, key)}${unit}`;

/** Organizations of one county in a parent-before-child order. */
export function organizationsOf(county: County): OrgRow[] {
  const rows: OrgRow[] = [];
  const base = { parent: '', abolished: '', successor: '', remarks: '' };
  for (const dep of DEPARTMENTS) {
    const name = deptName(county, dep.key);
    rows.push({ ...base, name, type: dep.orgType, level: '县级', division: county.code, founded: '2019-03-01' });
    for (const unit of county.compact ? [primaryUnit(dep)] : dep.units) {
      rows.push({ ...base, name: unitName(county, dep.key, unit), type: '内设机构', level: '县级', parent: name, division: county.code, founded: '2019-03-01' });
    }
  }
  for (const old of ABOLISHED) {
    const name = deptName(county, old.key);
    rows.push({
      ...base, name, type: '政府部门', level: '县级', division: county.code, founded: '2010-01-01', abolished: old.abolished,
      successor: old.successor ? deptName(county, old.successor) : '',
      remarks: old.successor ? '机构改革撤销，职责划入继任机构' : '机构改革撤销，职责分散划转，未指定继任机构',
    });
    for (const unit of old.units) {
      rows.push({ ...base, name: unitName(county, old.key, unit), type: '内设机构', level: '县级', parent: name, division: county.code, founded: '2010-01-01', abolished: old.abolished });
    }
  }
  for (const t of county.townships) {
    const level = t.kind === 'street' ? '街道级' : '乡镇级';
    rows.push({ ...base, name: t.org, type: t.kind === 'street' ? '街道办事处' : '乡镇人民政府', level, division: t.code, founded: '2001-01-01' });
    if (t.team) rows.push({ ...base, name: t.team, type: '综合行政执法队', level, parent: t.org, division: t.code, founded: '2022-07-01', remarks: '事业单位，承担乡镇综合行政执法辅助工作' });
  }
  return rows;
}
