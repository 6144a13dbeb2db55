import {
  CATEGORY_LABELS,
  categoryOf,
  flag,
  names,
  namesEn,
  orgRefs,
  record,
  records,
  sourceLine,
  text,
  texts,
  type Explain,
} from './facts';

const DUTY_KINDS: Readonly<Record<string, string>> = {
  BASIC: '基本履职',
  COOPERATIVE: '配合履职',
  RECALLED: '上级部门收回',
};
const LENIENT_KINDS: Readonly<Record<string, string>> = {
  NO_PENALTY: '不予处罚',
  FIRST_OFFENCE_NO_PENALTY: '首违不罚',
  LIGHTER: '从轻处罚',
  MITIGATED: '减轻处罚',
  NO_COERCION: '不予实施行政强制措施',
};

/** "权力甲（由乙行使）、权力丙（由丁行使）". */
function neededPowers(value: unknown): { zh: string; en: string; lines: string[] } {
  const needed = records(value).map((p) => ({
    name: text(p['name']) ?? '',
    holders: orgRefs(p['holders']).map((o) => o.name),
  }));
  return {
    zh: names(needed.map((p) => `“${p.name}”（${p.holders.length > 0 ? `由${names(p.holders)}行使` : '无人行使'}）`)),
    en: namesEn(
      needed.map(
        (p) => `"${p.name}" (${p.holders.length > 0 ? `exercised by ${namesEn(p.holders)}` : 'exercised by nobody'})`,
      ),
    ),
    lines: needed.map((p) => `所需权力：${p.name}（行使机构：${names(p.holders)}）`),
  };
}

export const explainWhistleNoLead: Explain = (row) => {
  const whistledBy = texts(row.facts['whistledBy']);
  return [
    {
      explanation: `吹哨事项“${row.subjectName}”没有主责部门：${names(whistledBy, '街道')}吹哨后无部门牵头报到。`,
      explanationEn: `The whistle matter "${row.subjectName}" has no lead department: nobody answers when ${namesEn(whistledBy, 'the street')} blows the whistle.`,
      evidence: [...sourceLine(row.facts), '主责部门：（空）', `吹哨主体：${names(whistledBy)}`],
    },
  ];
};

export const explainWhistleLeadInactive: Explain = (row, asOf) => {
  const lead = record(row.facts['lead']);
  const successor = record(row.facts['successor']);
  const leadName = text(lead?.['name']) ?? '';
  const validTo = text(lead?.['validTo']);
  const validFrom = text(lead?.['validFrom']);
  const when = validTo ? `已于${validTo}撤销` : `${validFrom ?? ''}才设立`;
  const whenEn = validTo ? `was abolished on ${validTo}` : `exists only from ${validFrom ?? ''}`;
  const succ = text(successor?.['name']);
  return [
    {
      explanation: `吹哨事项“${row.subjectName}”的主责部门${leadName}在${asOf}不存续（${when}）${succ ? `，其职责由${succ}承继，应改由其牵头` : '，未记录承继机构'}。`,
      explanationEn: `The lead department ${leadName} of the whistle matter "${row.subjectName}" is not active on ${asOf} (it ${whenEn})${succ ? `; its successor is ${succ}` : '; no successor is recorded'}.`,
      evidence: [
        ...sourceLine(row.facts),
        `主责部门：${leadName}，存续期 ${validFrom ?? '—'} 至 ${validTo ?? '—'}`,
        ...(succ ? [`承继机构：${succ}（${text(successor?.['date']) ?? ''}起）`] : []),
      ],
      idParts: [text(lead?.['id']) ?? ''],
    },
  ];
};

export const explainWhistleLeadLacksPower: Explain = (row, asOf) => {
  const leads = orgRefs(row.facts['leads']);
  const needed = neededPowers(row.facts['needed']);
  return [
    {
      explanation: `吹哨事项“${row.subjectName}”的主责部门${names(leads)}在${asOf}既不行使、也未经有效下放取得所需的任何权力：${needed.zh}。`,
      explanationEn: `On ${asOf} the lead ${namesEn(leads)} of the whistle matter "${row.subjectName}" neither exercises nor holds by an active hand-over any of the powers it needs: ${needed.en}.`,
      evidence: [...sourceLine(row.facts), `主责部门：${names(leads)}`, ...needed.lines],
    },
  ];
};

export const explainDutyWithoutPower: Explain = (row, asOf) => {
  const township = text(row.facts['township']) ?? '';
  const kind = DUTY_KINDS[text(row.facts['listKind']) ?? ''] ?? '';
  const needed = neededPowers(row.facts['needed']);
  return [
    {
      explanation: `${township}的${kind}事项“${row.subjectName}”所需的权力${needed.zh}，${township}在${asOf}既不行使也未通过有效的下放取得。`,
      explanationEn: `The ${text(row.facts['listKind'])?.toLowerCase() ?? ''} duty "${row.subjectName}" of ${township} needs ${needed.en}, none of which ${township} exercises or holds by an active hand-over on ${asOf}.`,
      evidence: [...sourceLine(row.facts), `乡镇（街道）：${township}（${kind}）`, ...needed.lines],
    },
  ];
};

export const explainLenientMismatch: Explain = (row) => {
  const kind = text(row.facts['kind']) ?? '';
  const implementers = orgRefs(row.facts['implementers']);
  const zh: string[] = [];
  const en: string[] = [];
  const lines: string[] = [];
  for (const p of records(row.facts['problems'])) {
    const name = text(p['name']) ?? '';
    const expected = CATEGORY_LABELS[text(p['expected']) ?? ''] ?? '';
    const owners = orgRefs(p['owners']);
    if (flag(p['wrongCategory'])) {
      zh.push(`“${name}”是${categoryOf(p)}，不是${expected}`);
      en.push(
        `"${name}" is ${text(p['category'])?.toLowerCase() ?? ''}, not ${text(p['expected'])?.toLowerCase() ?? ''}`,
      );
    }
    if (flag(p['wrongOwner'])) {
      zh.push(`“${name}”由${names(owners)}行使，不属于实施部门${names(implementers)}`);
      en.push(
        `"${name}" is exercised by ${namesEn(owners)}, not by the implementing department ${namesEn(implementers)}`,
      );
    }
    lines.push(`适用权力：${name}（${categoryOf(p)}，行使机构：${names(owners)}）`);
  }
  return [
    {
      explanation: `${LENIENT_KINDS[kind] ?? kind}清单事项“${row.subjectName}”与所指权力不符：${zh.join('；')}。`,
      explanationEn: `The ${kind} item "${row.subjectName}" does not fit the power it points to: ${en.join('; ')}.`,
      evidence: [
        ...sourceLine(row.facts),
        `清单类型：${LENIENT_KINDS[kind] ?? kind}；实施部门：${names(implementers)}`,
        ...lines,
      ],
    },
  ];
};
