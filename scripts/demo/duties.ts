import { DEPARTMENTS } from '../../src/demo/departments';
import { deptName, type County } from './city';
import type { HandoverResult } from './handovers';
import { firstTown, type CountyPowers } from './powers';
import { mulberry32, subSeed } from './prng';

/** Township duty lists (基本履职 / 配合履职 / 上级部门收回), per township; one planted gap. */

const BASIC = [
  ['安全生产宣传教育和隐患排查', 'em'], ['辖区消防安全网格化管理', 'fr'], ['最低生活保障申请受理和初审', 'ca'], ['农村宅基地和建房巡查', 'nr'],
  ['辖区环境卫生整治', 'ua'], ['河湖长制日常巡查', 'wr'], ['森林防火巡查和宣传', 'fo'], ['动物防疫和畜禽养殖监管协助', 'ag'],
  ['食品安全协管员管理', 'mr'], ['退役军人服务站建设', 'va'], ['居民医保参保动员', 'hs'], ['人口和家庭发展服务', 'wh'],
] as const;
const COOP = [
  ['配合开展违法建设查处', 'ua'], ['配合开展生态环境违法行为查处', 'eco'], ['配合开展农产品质量安全检查', 'ag'], ['配合开展道路运输安全整治', 'tr'],
  ['配合开展特种设备安全检查', 'mr'], ['配合开展非法采砂整治', 'wr'], ['配合开展自然资源执法巡查', 'nr'], ['配合开展文化市场检查', 'ct'],
] as const;
const RECALLED = [
  ['城市道路挖掘审批', 'hc'], ['建设项目环境影响评价文件受理', 'eco'], ['道路货物运输经营许可受理', 'tr'],
] as const;

export function countyDuties(county: County, powers: CountyPowers, handovers: HandoverResult, perTownship: { basic: number; coop: number; recalled: number }, seed: number): { rows: string[][]; gaps: number } {
  const rng = mulberry32(subSeed(seed, `duties:${county.code}`));
  const rows: string[][] = [];
  const dutyOf = (key: string) => DEPARTMENTS.find((d) => d.key === key)?.duty ?? '';
  const granted = handovers.grantedToAll.filter((r) => r.code !== '/');
  const push = (kind: string, name: string, town: string, dept: string, townDuty: string, needs: string, basis: string, remarks = '') =>
    rows.push([String(rows.length + 1), kind, name, town, deptName(county, dept), dutyOf(dept), townDuty, needs, basis, remarks]);
  for (const t of county.townships) {
    const own = (powers.refs.get(`township:${t.code}`) ?? []).filter((r) => r.code !== '/');
    BASIC.slice(0, perTownship.basic).forEach(([name, dept], i) => {
      const needs = i % 3 === 0 && own.length ? rng.pick(own).code : '';
      push('基本履职', name, t.org, dept, '负责本辖区日常工作的组织实施。', needs, needs ? '同关联权力实施依据' : `《${county.name}乡镇（街道）履行职责事项清单》`);
    });
    COOP.slice(0, perTownship.coop).forEach(([name, dept]) => {
      const mine = granted.filter((r) => r.org === deptName(county, dept));
      const needs = mine.length ? rng.pick(mine).code : '';
      push('配合履职', name, t.org, dept, '发现问题及时报告，配合部门开展执法检查和现场处置。', needs, '部门“三定”规定');
    });
    RECALLED.slice(0, perTownship.recalled).forEach(([name, dept]) => {
      const deptRefs = (powers.refs.get(dept) ?? []).filter((r) => r.code !== '/');
      push('上级部门收回', name, t.org, dept, '不再承担，由县级部门直接实施。', deptRefs.length ? rng.pick(deptRefs).code : '', '上级部门收回决定');
    });
  }
  // The gap: a township must cooperate on an environmental case it holds no power for.
  const town = firstTown(county);
  const eco = (powers.refs.get('eco') ?? []).find((r) => r.code !== '/' && !r.item.plant && !handovers.handed.has(r));
  if (!eco) throw new Error('no eco power for the duty plant');
  push('配合履职', '配合开展辐射安全事故调查处理', town.org, 'eco', '负责辐射安全事故现场先期处置和调查取证。', eco.code, '部门“三定”规定', '【缺陷】所需权力未赋予乡镇');
  return { rows, gaps: 1 };
}
