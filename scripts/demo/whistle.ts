import { deptName, type County } from './city';
import type { CountyPowers, PowerRef } from './powers';
import { mulberry32, subSeed } from './prng';

/** "街道吹哨、部门报到" matters: templates, then the same matter per township; plants at the end. */

interface Template { name: string; kind: string; urgency: string; lead: string; coop: string[] }

const T = (name: string, kind: string, urgency: string, lead: string, coop: string[]): Template => ({ name, kind, urgency, lead, coop });

const TEMPLATES: Template[] = [
  T('占道经营和流动摊贩整治', '群众诉求', '日常', 'ua', ['mr', 'ps']),
  T('违法建设查处', '综合执法', '攻坚', 'ua', ['nr', 'hc']),
  T('餐饮油烟扰民处置', '群众诉求', '日常', 'eco', ['ua', 'mr']),
  T('建筑工地夜间施工噪声扰民', '群众诉求', '日常', 'eco', ['hc']),
  T('河道垃圾和排污口整治', '重点工作', '攻坚', 'wr', ['eco', 'ag']),
  T('校园周边食品安全隐患', '综合执法', '日常', 'mr', ['ed', 'ps']),
  T('燃气安全隐患排查', '应急处置', '应急', 'em', ['hc', 'fr']),
  T('群租房消防安全隐患', '应急处置', '应急', 'fr', ['ps', 'hc']),
  T('非法营运车辆治理', '综合执法', '攻坚', 'tr', ['ps']),
  T('无证行医和非法诊所查处', '综合执法', '日常', 'wh', ['mr', 'ps']),
  T('农村乱占耕地建房', '重点工作', '攻坚', 'nr', ['ag']),
  T('畜禽养殖污染整治', '重点工作', '日常', 'ag', ['eco']),
  T('拖欠农民工工资', '群众诉求', '攻坚', 'hr', ['hc', 'ju']),
  T('物业服务纠纷', '群众诉求', '日常', 'hc', ['ju']),
  T('违规户外广告和招牌', '综合执法', '日常', 'ua', ['mr']),
  T('森林草原火灾隐患', '应急处置', '应急', 'fo', ['em', 'fr']),
  T('危险化学品非法储存', '应急处置', '应急', 'em', ['ps', 'eco']),
  T('网吧接纳未成年人', '综合执法', '日常', 'ct', ['ps', 'ed']),
  T('医保基金欺诈骗保线索', '重点工作', '日常', 'hs', ['wh', 'ps']),
  T('违规使用农药和兽药', '综合执法', '日常', 'ag', ['mr']),
  T('道路破损和井盖缺失', '群众诉求', '日常', 'tr', ['ua', 'hc']),
  T('违规销售烟草制品', '综合执法', '日常', 'tb', ['mr']),
  T('建筑垃圾乱倒乱排', '综合执法', '日常', 'ua', ['hc', 'tr']),
  T('非法采砂采矿', '重点工作', '攻坚', 'nr', ['wr', 'ps']),
];

export interface WhistleCounts { matters: number; noLead: number; multiLead: number; leadLacksPower: number; leadInactive: number; leadAlsoCooperates: number }

export function countyWhistle(county: County, powers: CountyPowers, total: number, seed: number): { rows: string[][]; counts: WhistleCounts } {
  const rng = mulberry32(subSeed(seed, `whistle:${county.code}`));
  const coded = (key: string) => (powers.refs.get(key) ?? []).filter((r) => r.code !== '/' && !r.item.plant && ['行政处罚', '行政检查', '行政强制'].includes(r.item.category));
  const needs = (key: string): string => {
    const refs = coded(key);
    if (!refs.length) return '';
    const picked = new Set<PowerRef>([rng.pick(refs), rng.pick(refs)]);
    return [...picked].map((r) => r.code).join('、');
  };
  const rows: string[][] = [];
  const minutes: Record<string, number> = { 日常: 60, 攻坚: 30, 应急: 15 };
  const days: Record<string, number> = { 日常: 7, 攻坚: 15, 应急: 3 };
  const push = (name: string, t: Template, by: string, leads: string[], coop: string[], needed: string, remarks = '') => {
    rows.push([String(rows.length + 1), name, t.kind, t.urgency, by, leads.join('、'), coop.join('、'), needed, String(minutes[t.urgency]), String(days[t.urgency]), '及时发现、上报问题，组织网格员配合现场处置，做好群众解释工作。', remarks]);
  };
  const name = (key: string) => deptName(county, key);
  const planted = 9;
  const regular = Math.max(0, total - planted);
  for (let i = 0; i < regular; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] as Template;
    const round = Math.floor(i / TEMPLATES.length);
    if (round === 0) {
      push(t.name, t, i % 2 === 0 ? '各街道' : '各乡镇', [name(t.lead)], t.coop.map(name), needs(t.lead));
    } else {
      const town = county.townships[(round - 1 + i) % county.townships.length];
      if (!town) continue;
      push(`${town.name}${t.name}`, t, town.org, [name(t.lead)], t.coop.map(name), needs(t.lead));
    }
  }
  const t0 = TEMPLATES[0] as Template;
  const street = county.townships.find((t) => t.kind === 'street') ?? county.townships[0];
  const by = street?.org ?? '各街道';
  push('老旧小区楼道堆物清理', { ...t0, kind: '群众诉求' }, by, [], [name('ua'), name('fr')], '', '【缺陷】无主责部门');
  push('共享单车乱停乱放', { ...t0, kind: '群众诉求' }, '各街道', [], [name('ua'), name('tr'), name('ps')], '', '【缺陷】无主责部门');
  push('小区内违规饲养犬只', { ...t0, kind: '群众诉求' }, '各街道', [], [name('ps'), name('ag')], '', '【缺陷】无主责部门');
  push('住宅小区违规改变房屋用途', { ...t0, kind: '综合执法' }, by, [name('hc'), name('ua')], [name('nr')], needs('hc'), '【缺陷】两个主责部门');
  push('农贸市场活禽销售管理', { ...t0, kind: '综合执法' }, '各乡镇', [name('mr'), name('ag')], [name('wh')], needs('mr'), '【缺陷】两个主责部门');
  push('沿街商户门前三包落实', t0, '各街道', [name('ca')], [name('ua')], needs('ua'), '【缺陷】主责部门不具有关联权力');
  push('废品收购站点无序经营', t0, '各街道', [name('cm')], [name('ps'), name('eco')], needs('eco'), '【缺陷】主责部门不具有关联权力');
  push('粮食收购点缺斤短两', t0, '各乡镇', [name('grain')], [name('mr')], '', '【缺陷】主责部门已撤销');
  push('夜市摊点食品安全', t0, '各街道', [name('mr')], [name('mr'), name('ua')], needs('mr'), '主责部门同时列为配合部门');
  return { rows, counts: { matters: rows.length, noLead: 3, multiLead: 2, leadLacksPower: 2, leadInactive: 1, leadAlsoCooperates: 1 } };
}
