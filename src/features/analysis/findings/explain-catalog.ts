/**
 * Words for the guiding catalog findings (指导目录, issue 17 §1): MISSING_CATALOG_ITEM,
 * NOT_IN_CATALOG, CATALOG_DEVIATION and LEVEL_MISMATCH.
 */
import { CATALOG_LEVEL_LABELS, type CatalogLevel } from '../../../domain/catalog';
import { CATEGORY_LABELS, categoryOf, names, namesEn, num, owners, powerName, sourceLine, text, texts, type Explain } from './facts';
import type { FindingRow } from './finding.model';

const levelZh = (level: string | null): string => CATALOG_LEVEL_LABELS[(level ?? '') as CatalogLevel] ?? level ?? '';
const levelsZh = (levels: readonly string[]): string => levels.map(levelZh).join('、');

const MATCH_ZH: Readonly<Record<string, string>> = { CODE: '编码相同', NAME: '名称与子项相同', SIMILARITY: '名称相似' };

/** "事项名称（子项）" of the catalog item named in the facts. */
function itemName(facts: Record<string, unknown>): string {
  const name = text(facts['itemName']) ?? '';
  const sub = text(facts['itemSubName']);
  return sub ? `${name}（${sub}）` : name;
}

/** Where a catalog item is: 指导目录“X”“区县级”工作表第n行. */
function itemLine(facts: Record<string, unknown>, prefix: 'item' | ''): string {
  const sheet = text(facts[prefix ? 'itemSheet' : 'sourceSheet']);
  const row = num(facts[prefix ? 'itemRow' : 'sourceRow']);
  return `目录位置：指导目录“${text(facts['catalog']) ?? ''}”${sheet ? `“${sheet}”工作表` : ''}${row === null ? '' : `第${row}行`}`;
}

function matchLine(facts: Record<string, unknown>): string {
  const method = text(facts['method']) ?? '';
  const score = num(facts['score']);
  return `匹配方式：${MATCH_ZH[method] ?? method}${method === 'SIMILARITY' && score !== null ? `（相似度 ${score.toFixed(3)}）` : ''}`;
}

const organizationId = (row: FindingRow): string => row.organizations[0]?.id ?? '';

export const explainMissingCatalogItem: Explain = (row, asOf) => {
  const f = row.facts;
  const sub = text(f['subName']);
  const item = sub ? `${row.subjectName}（${sub}）` : row.subjectName;
  const level = levelZh(text(f['level']));
  const category = CATEGORY_LABELS[text(f['category']) ?? ''] ?? '';
  return [
    {
      explanation: `指导目录“${text(f['catalog']) ?? ''}”为${level}列出的${category}事项“${item}”，${owners(row)}在${asOf}的权责清单中没有（清单不全）。`,
      explanationEn: `The guiding catalog "${text(f['catalog']) ?? ''}" lists the ${text(f['category'])?.toLowerCase() ?? ''} item "${item}" for the ${text(f['level'])?.toLowerCase() ?? ''} level, and the list of ${namesEn(row.organizations)} on ${asOf} lacks it.`,
      evidence: [itemLine(f, ''), `目录层级：${level}；权力类型：${category}`, `机构：${owners(row)}（按${level}适用该目录）`],
      idParts: [text(f['organizationId']) ?? organizationId(row)],
    },
  ];
};

export const explainNotInCatalog: Explain = (row, asOf) => {
  const f = row.facts;
  const catalogs = texts(f['catalogs']).map((c) => `“${c}”`);
  return [
    {
      explanation: `${owners(row)}的${categoryOf(f)}事项“${powerName(row)}”在${asOf}不在指导目录${names(catalogs)}中，与任何层级的目录事项都不匹配（自行增设）。`,
      explanationEn: `The ${text(f['category'])?.toLowerCase() ?? ''} item "${powerName(row)}" of ${namesEn(row.organizations)} matches no item, of any level, of the guiding catalog ${namesEn(texts(f['catalogs']))} on ${asOf} (added locally).`,
      evidence: [
        ...sourceLine(f),
        `适用的指导目录：${names(texts(f['governedBy']))}`,
        '匹配：编码、名称与子项、名称相似度均未匹配到目录事项',
      ],
    },
  ];
};

export const explainLevelMismatch: Explain = (row, asOf) => {
  const f = row.facts;
  const level = levelZh(text(f['level']));
  const itemLevels = levelsZh(texts(f['itemLevels']));
  return [
    {
      explanation: `${owners(row)}（${level}）的事项“${powerName(row)}”对应指导目录“${text(f['catalog']) ?? ''}”中的“${itemName(f)}”，但目录在${asOf}只把该事项列给${itemLevels}，未列给${level}。`,
      explanationEn: `The item "${powerName(row)}" of ${namesEn(row.organizations)} (${text(f['level']) ?? ''}) is the catalog item "${itemName(f)}" of "${text(f['catalog']) ?? ''}", which the catalog gives only to ${texts(f['itemLevels']).join(', ')} on ${asOf}.`,
      evidence: [...sourceLine(f), itemLine(f, 'item'), `目录层级：${itemLevels}；机构适用层级：${level}`, matchLine(f)],
      idParts: [text(f['itemId']) ?? ''],
      related: [{ type: 'CatalogItem', id: text(f['itemId']) ?? '', name: itemName(f) }],
    },
  ];
};

export const explainCatalogDeviation: Explain = (row) => {
  const f = row.facts;
  const zh: string[] = [];
  const en: string[] = [];
  const category = text(f['category']) ?? '';
  const itemCategory = text(f['itemCategory']) ?? '';
  if (category !== itemCategory) {
    zh.push(`权力类型为${categoryOf(f)}，目录为${CATEGORY_LABELS[itemCategory] ?? itemCategory}`);
    en.push(`its category is ${category.toLowerCase()}, the catalog's ${itemCategory.toLowerCase()}`);
  }
  const extra = texts(f['extraLaws']).sort();
  const missing = texts(f['missingLaws']).sort();
  if (extra.length > 0) {
    zh.push(`实施依据引用了目录未引用的${names(extra.map((l) => `《${l}》`))}`);
    en.push(`its basis cites ${namesEn(extra)}, which the catalog item does not`);
  }
  if (missing.length > 0) {
    zh.push(`实施依据未引用目录引用的${names(missing.map((l) => `《${l}》`))}`);
    en.push(`its basis lacks ${namesEn(missing)}, which the catalog item cites`);
  }
  return [
    {
      explanation: `${owners(row)}的事项“${powerName(row)}”与指导目录“${text(f['catalog']) ?? ''}”的“${itemName(f)}”不一致：${zh.join('；')}。`,
      explanationEn: `The item "${powerName(row)}" of ${namesEn(row.organizations)} deviates from "${itemName(f)}" of the guiding catalog "${text(f['catalog']) ?? ''}": ${en.join('; ')}.`,
      evidence: [...sourceLine(f), itemLine(f, 'item'), matchLine(f), ...zh.map((d) => `差异：${d}`)],
      idParts: [text(f['itemId']) ?? ''],
      related: [{ type: 'CatalogItem', id: text(f['itemId']) ?? '', name: itemName(f) }],
    },
  ];
};
