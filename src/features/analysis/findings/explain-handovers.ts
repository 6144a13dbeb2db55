import { POWER_CATEGORIES } from '../../../domain/categories';
import { ORG_TYPES as ORG_TYPE_VALUES } from '../../../domain/organizations';
import { HAND_OVER_MODES } from '../../enforcement/enforcement.model';
import { handOverViolations } from '../legality';
import { categoryOf, flag, member, record, sourceLine, text, type Explain } from './facts';

const ORG_TYPES: Readonly<Record<string, string>> = {
  GOV_DEPT: '政府部门',
  TOWNSHIP_GOV: '乡镇人民政府',
  STREET_OFFICE: '街道办事处',
  AUTHORIZED_ORG: '法律法规授权组织',
  PUBLIC_INSTITUTION: '事业单位',
  VERTICAL_AGENCY: '垂直管理机构',
  INTERNAL_UNIT: '内设机构',
  ENFORCEMENT_TEAM: '综合行政执法队伍',
};

interface HandOver {
  from: string;
  to: string;
  toType: string | null;
  power: string;
  category: string;
  mode: string;
  lines: string[];
}

function handOver(facts: Record<string, unknown>): HandOver {
  const from = record(facts['from']);
  const to = record(facts['to']);
  const power = record(facts['power']);
  const validTo = text(facts['validTo']);
  const evaluation = text(facts['evaluationDue']);
  return {
    from: text(from?.['name']) ?? '（原实施部门缺失）',
    to: text(to?.['name']) ?? '（承接机构缺失）',
    toType: text(to?.['orgType']),
    power: text(power?.['name']) ?? '',
    category: categoryOf(power),
    mode: text(facts['rawMode']) ?? text(facts['mode']) ?? '',
    lines: [
      ...sourceLine(facts),
      `下放：${text(from?.['name']) ?? ''} → ${text(to?.['name']) ?? ''}（${text(facts['rawMode']) ?? ''}，实施名义：${text(facts['actsInNameOf']) === 'DELEGATOR' ? '原实施部门' : '本机关'}）`,
      `决定文号：${text(facts['decisionDocNo']) ?? '（无）'}；生效 ${text(facts['validFrom']) ?? '—'}，失效 ${validTo ?? '（未写明）'}；是否公布：${flag(facts['published']) ? '是' : '否'}${evaluation ? `；评估日期 ${evaluation}` : ''}`,
      `权力：${text(power?.['name']) ?? ''}（${categoryOf(power)}）`,
    ],
  };
}

export const explainIllegalHandover: Explain = (row) => {
  const power = record(row.facts['power']);
  const to = record(row.facts['to']);
  const violations = handOverViolations({
    mode: member(HAND_OVER_MODES, row.facts['mode']) ?? 'GRANT',
    category: member(POWER_CATEGORIES, power?.['category']) ?? 'OTHER',
    rawCategory: text(power?.['rawCategory']),
    receiverOrgType: member(ORG_TYPE_VALUES, to?.['orgType']),
  });
  if (violations.length === 0) return [];
  const h = handOver(row.facts);
  return [
    {
      explanation: `${h.from}将“${h.power}”（${h.category}）${h.mode}给${h.to}（${ORG_TYPES[h.toType ?? ''] ?? '类型不明'}）违法：${violations.map((v) => v.reasonZh).join('；')}。`,
      explanationEn: `${h.from} entrusted "${h.power}" to ${h.to} (${h.toType ?? 'unknown type'}) unlawfully: ${violations.map((v) => v.reasonEn).join('; ')}.`,
      evidence: [...h.lines, ...violations.map((v) => `违反：《${v.lawName}》第${v.article}条`)],
    },
  ];
};

/**
 * Where the duty to publish a hand-over comes from, by its mode (checked against data/laws):
 * a grant (赋权 / 交由行使) is made by a provincial decision, and "决定应当公布" (行政处罚法 §24);
 * an entrustment of a punishment needs a published letter stating scope and period (行政处罚法
 * §20), of a licence a public notice of the entrusted organ and content (行政许可法 §24). Other modes
 * have no publication duty in these laws: the finding rests on the list's own 是否公布.
 */
export function publicationBasis(mode: string | null, category: string | null): { zh: string; en: string } {
  if (mode === 'GRANT') {
    return {
      zh: '《行政处罚法》第二十四条：交由乡镇、街道行使的决定应当公布',
      en: 'Administrative Penalty Law art. 24: the decision to hand the power to a township or street is to be published',
    };
  }
  if (mode === 'ENTRUST' && category === 'LICENSING') {
    return {
      zh: '《行政许可法》第二十四条：委托机关应当将受委托行政机关和委托实施的内容予以公告',
      en: 'Administrative Licensing Law art. 24: the entrusting organ announces the entrusted organ and what it may do',
    };
  }
  if (mode === 'ENTRUST') {
    return {
      zh: '《行政处罚法》第二十条：委托书应当载明委托的具体事项、权限、期限并向社会公布',
      en: 'Administrative Penalty Law art. 20: the entrustment letter states the matters, powers and period, and is published',
    };
  }
  return { zh: '清单标明未公布', en: 'the list marks it as not published' };
}

export const explainHandoverNotPublished: Explain = (row) => {
  const h = handOver(row.facts);
  const basis = publicationBasis(text(row.facts['mode']), text(record(row.facts['power'])?.['category']));
  const zh: string[] = [];
  const en: string[] = [];
  if (!flag(row.facts['published'])) {
    zh.push('未向社会公布');
    en.push('it was not published');
  }
  if (text(row.facts['mode']) === 'ENTRUST' && text(row.facts['validTo']) === null) {
    zh.push('委托未写明期限（无失效日期）');
    en.push('the entrustment has no end date');
  }
  return [
    {
      explanation: `${h.from}向${h.to}${h.mode}“${h.power}”：${zh.join('，')}（${basis.zh}）。`,
      explanationEn: `${h.from} handed "${h.power}" over to ${h.to} (${h.mode}), but ${en.join(' and ')} (${basis.en}).`,
      evidence: h.lines,
    },
  ];
};

export const explainHandoverEvaluationOverdue: Explain = (row, asOf) => {
  const h = handOver(row.facts);
  const due = text(row.facts['evaluationDue']) ?? '';
  return [
    {
      explanation: `${h.from}向${h.to}${h.mode}的“${h.power}”评估日期为${due}，到${asOf}已逾期未评估（《行政处罚法》第二十四条要求定期组织评估）。`,
      explanationEn: `The grant of "${h.power}" by ${h.from} to ${h.to} was due for evaluation on ${due} and is overdue on ${asOf} (Administrative Penalty Law art. 24).`,
      evidence: h.lines,
    },
  ];
};

export const explainOrphanedHandover: Explain = (row, asOf) => {
  const h = handOver(row.facts);
  const zh: string[] = [];
  const en: string[] = [];
  for (const [side, zhLabel, enLabel] of [
    ['from', '下放部门', 'the handing-over department'],
    ['to', '承接机构', 'the receiver'],
  ] as const) {
    const org = record(row.facts[side]);
    if (org && flag(org['active'])) continue;
    const name = text(org?.['name']) ?? '（缺失）';
    const validTo = text(org?.['validTo']);
    zh.push(`${zhLabel}${name}${validTo ? `已于${validTo}撤销` : '不存续'}`);
    en.push(`${enLabel} ${name} ${validTo ? `was abolished on ${validTo}` : 'is not active'}`);
  }
  return [
    {
      explanation: `执法事项“${row.subjectName}”（${h.power}）在${asOf}仍在有效期内，但${zh.join('，')}。`,
      explanationEn: `The hand-over "${row.subjectName}" (${h.power}) is still in effect on ${asOf}, but ${en.join(' and ')}.`,
      evidence: h.lines,
    },
  ];
};
