import { articleLabel, toChineseNumber } from '../shared/chinese-number';
import { modeZh } from '../shared/labels';
import type { HandOverViolation } from '../legality';
import type { AuthorityFacts, EvidenceStepModel, HandOverFact, OwnRowFact } from './authority.model';

/** 2024-01-01 至 2029-12-31 / 2024-01-01 起 / 长期 */
export function periodZh(from: string | null, to: string | null): string {
  if (from === null && to === null) return '长期有效';
  if (to === null) return `${from ?? ''}起长期有效`;
  return `${from ?? '不限'}至${to}`;
}

export function periodEn(from: string | null, to: string | null): string {
  if (from === null && to === null) return 'open-ended';
  if (to === null) return `from ${from ?? ''}, open-ended`;
  return `${from ?? 'any date'} to ${to}`;
}

export const actingZh = (h: HandOverFact): string =>
  h.actsInNameOf === 'DELEGATOR' ? `以${h.from.name}名义` : '以本机关名义';
export const actingEn = (h: HandOverFact): string =>
  h.actsInNameOf === 'DELEGATOR' ? `in the name of ${h.from.name}` : 'in its own name';

export function organizationStep(facts: AuthorityFacts, on: string, active: boolean): EvidenceStepModel {
  const o = facts.organization;
  const where = o.divisionName ? `，所属区划${o.divisionName}（${o.divisionCode ?? ''}）` : '';
  return {
    kind: 'ORGANIZATION',
    node: { type: 'Organization', id: o.id },
    detail: `机构「${o.name}」${where}，存续期间${periodZh(o.validFrom, o.validTo)}：${on}${active ? '有效' : '不是有效机构'}。`,
    detailEn: `${o.name}${o.divisionCode ? ` (division ${o.divisionCode})` : ''} exists ${periodEn(o.validFrom, o.validTo)}: ${active ? 'active' : 'not active'} on ${on}.`,
  };
}

export function jurisdictionStep(facts: AuthorityFacts, code: string): EvidenceStepModel {
  const o = facts.organization;
  const place = facts.division ? `${facts.division.name}（${code}）` : `区划代码 ${code}（不存在）`;
  const inside = facts.division !== null && facts.withinJurisdiction;
  return {
    kind: 'JURISDICTION',
    node: facts.division ? { type: 'AdminDivision', id: facts.division.code } : null,
    detail: `${place}${inside ? '在' : '不在'}${o.name}的管辖区域${o.divisionName ? `（${o.divisionName}及其下级区划）` : ''}内。`,
    detailEn: `${facts.division ? `${facts.division.name} (${code})` : `division ${code} (unknown)`} is ${inside ? '' : 'not '}within the area of ${o.name}${o.divisionCode ? ` (${o.divisionCode} and below)` : ''}.`,
  };
}

export function listRowSteps(row: OwnRowFact, on: string, inForce: boolean): EvidenceStepModel[] {
  const source = row.sourceFile
    ? `（${row.sourceFile}${row.sourceSheet ? ` ${row.sourceSheet}` : ''} 第${row.sourceRow ?? '?'}行）`
    : '';
  const basis = row.basis;
  return [
    {
      kind: 'LIST_ROW',
      node: { type: 'Power', id: row.id },
      detail: `权责清单行「${row.name}」${source}，行使期间${periodZh(row.linkFrom, row.linkTo)}：${on}${inForce ? '在清单中' : '不在清单中'}。`,
      detailEn: `List row "${row.name}"${row.sourceFile ? ` (${row.sourceFile} row ${row.sourceRow ?? '?'})` : ''}, exercised ${periodEn(row.linkFrom, row.linkTo)}: ${inForce ? 'listed' : 'not listed'} on ${on}.`,
    },
    ...(inForce
      ? basis.map<EvidenceStepModel>((b) => ({
          kind: 'BASIS',
          node: { type: 'Provision', id: b.provisionId },
          detail: `实施依据：《${b.lawName}》${b.chapter !== null ? `第${toChineseNumber(b.chapter)}章` : articleLabel(b.article, b.suffix)}${b.citedText ? `（清单原文：${b.citedText}）` : ''}。`,
          detailEn: `Legal basis: ${b.lawName} ${b.chapter !== null ? `chapter ${b.chapter}` : `art. ${b.article}${b.suffix ? `-${b.suffix}` : ''}`}.`,
        }))
      : []),
  ];
}

export function handOverStep(h: HandOverFact, outcome: string, outcomeEn: string): EvidenceStepModel {
  const mode = h.rawMode ?? modeZh(h.mode);
  return {
    kind: 'HANDOVER',
    node: { type: 'EnforcementItem', id: h.id },
    detail:
      `${h.from.name}以${mode}方式下放「${h.name}」，决定文号${h.decisionDocNo ?? '（未注明）'}，` +
      `有效期${periodZh(h.validFrom, h.validTo)}，状态${h.status === 'RECALLED' ? '已收回' : '有效'}，${actingZh(h)}实施：${outcome}。`,
    detailEn:
      `${h.from.name} handed "${h.name}" over by ${h.mode} (decision ${h.decisionDocNo ?? 'not given'}), ` +
      `${periodEn(h.validFrom, h.validTo)}, status ${h.status}, acting ${actingEn(h)}: ${outcomeEn}.`,
  };
}

export function legalityStep(h: HandOverFact, violations: readonly HandOverViolation[]): EvidenceStepModel {
  return {
    kind: 'LEGALITY',
    node: { type: 'EnforcementItem', id: h.id },
    detail:
      violations.length === 0
        ? `下放方式合法：${modeZh(h.mode)}不违反《行政强制法》第十七条、《行政许可法》第二十四条。`
        : `下放不合法：${violations.map((v) => v.reasonZh).join('；')}。`,
    detailEn:
      violations.length === 0
        ? `The hand-over is lawful (Administrative Coercion Law art. 17, Administrative Licensing Law art. 24).`
        : `The hand-over is unlawful: ${violations.map((v) => v.reasonEn).join('; ')}.`,
  };
}
