/** Item-code findings (事项编码, issue 17 §2): type letters, area and duplicates. */
import { areaCoversDivision, CODE_TYPE_LETTERS } from '../../../domain/item-codes';
import {
  CATEGORY_LABELS,
  categoryOf,
  names,
  namesEn,
  num,
  powerName,
  records,
  sourceLine,
  text,
  texts,
  type Explain,
} from './facts';

export const explainCodeTypeMismatch: Explain = (row) => {
  const code = text(row.facts['code']) ?? '';
  const letters = text(row.facts['codeType']) ?? '';
  const named = CODE_TYPE_LETTERS[letters];
  const category = text(row.facts['category']);
  if (named === undefined || named === category) return [];
  const namedLabel = CATEGORY_LABELS[named] ?? named;
  return [
    {
      explanation: `${powerName(row)}的事项编码“${code}”中的类型代码${letters}表示${namedLabel}，而其权力类型为${categoryOf(row.facts)}。`,
      explanationEn: `The type letters ${letters} of the item code "${code}" of "${powerName(row)}" name ${named.toLowerCase()}, but its category is ${category?.toLowerCase() ?? ''}.`,
      evidence: [
        ...sourceLine(row.facts),
        `事项编码：${code}（类型代码 ${letters} = ${namedLabel}）`,
        `权力类型：${categoryOf(row.facts)}`,
      ],
    },
  ];
};

export const explainCodeAreaMismatch: Explain = (row) => {
  const code = text(row.facts['code']) ?? '';
  const area = text(row.facts['codeArea']) ?? '';
  const outside = records(row.facts['outside']).filter((o) => {
    const division = text(o['division']) ?? '';
    return !areaCoversDivision(area, division) && !texts(o['ancestors']).includes(area);
  });
  if (outside.length === 0) return [];
  const where = outside.map(
    (o) => `${text(o['name']) ?? ''}（${text(o['divisionName']) ?? ''} ${text(o['division']) ?? ''}）`,
  );
  const whereEn = outside.map((o) => `${text(o['name']) ?? ''} (${text(o['division']) ?? ''})`);
  return [
    {
      explanation: `${powerName(row)}的事项编码“${code}”中的行政区划代码${area}既不是行使机构所在区划，也不是其上级区划：${names(where)}。`,
      explanationEn: `The area code ${area} of the item code "${code}" of "${powerName(row)}" is neither the division of its exercising organization nor one above it: ${namesEn(whereEn)}.`,
      evidence: [
        ...sourceLine(row.facts),
        `事项编码：${code}（行政区划代码 ${area}）`,
        ...outside.map(
          (o) =>
            `行使机构：${text(o['name']) ?? ''}，所在区划 ${text(o['divisionName']) ?? ''} ${text(o['division']) ?? ''}，上级区划 ${names(texts(o['ancestors']))}`,
        ),
      ],
    },
  ];
};

export const explainDuplicateCode: Explain = (row) => {
  const code = text(row.facts['code']) ?? '';
  const division = text(row.facts['division']);
  const others = records(row.facts['others']).map((q) => {
    const sub = text(q['subName']);
    const name = `${text(q['name']) ?? ''}${sub ? `（${sub}）` : ''}`;
    const file = text(q['sourceFile']);
    const at = num(q['sourceRow']);
    return {
      name,
      organization: text(q['organization']) ?? '',
      source: file ? `，${file}${at === null ? '' : ` 第${at}行`}` : '',
    };
  });
  if (others.length === 0) return [];
  const scope = division ? `同一行政区划（${division}）内` : '未登记区划的机构中';
  const scopeEn = division ? `in the division ${division}` : 'among organizations of no known division';
  return [
    {
      explanation: `${powerName(row)}的事项编码“${code}”在${scope}还用于其他事项：${names(others.map((o) => `${o.organization}“${o.name}”`))}。同一编码应只标识一个事项。`,
      explanationEn: `The item code "${code}" of "${powerName(row)}" is also used ${scopeEn} by other items: ${namesEn(others.map((o) => `"${o.name}" of ${o.organization}`))}. One code is to identify one item.`,
      evidence: [
        ...sourceLine(row.facts),
        `事项编码：${code}`,
        ...others.map((o) => `同码事项：${o.organization}“${o.name}”${o.source}`),
      ],
    },
  ];
};
