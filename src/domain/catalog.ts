/**
 * Guiding catalogs (指导目录, issue 17 §1): a province's or a city's item library that the lists of
 * the organizations it governs must follow. A catalog is a versioned list (ListVersion listType
 * CATALOG) whose rows are CatalogItem versions IN_CATALOG one Catalog; it is written by the same
 * versioned writer as every list kind (`importList`, `writeList`), scoped by the catalog instead of
 * an organization. It is not a ListKind: no organization holds its rows, so reassignments, holdings
 * and the graph page have nothing to do with it.
 * 指导目录：与其他清单一样按版本导入，但其事项不属于任何机构。
 */
import { bigrams, diceOfSets } from './text-similarity';
import { itemCodeKey } from './item-codes';
import { normalizeKey, normalizeName } from './text';
import type { VersionedRowKind } from './list-kinds';

export const CATALOG_KIND = {
  name: 'catalog',
  listType: 'CATALOG',
  label: 'CatalogItem',
  idPrefix: 'ci',
  statements: { current: 'import/catalog-current', upsert: 'import/catalog-upsert' },
} as const satisfies VersionedRowKind;

/** The levels a catalog gives items to (实施层级). 层级。 */
export const CATALOG_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'] as const;
export type CatalogLevel = (typeof CATALOG_LEVELS)[number];

export const CATALOG_LEVEL_LABELS: Readonly<Record<CatalogLevel, string>> = {
  PROVINCE: '省级',
  CITY: '地州市级',
  COUNTY: '县市区级',
  TOWNSHIP: '乡镇（街道）级',
};

/**
 * The level a sheet name or a 实施层级及权限 cell names ("地州级", "地州市级", "区县级",
 * "县市区级", "自治区级", "乡镇级"), or undefined. County is tested before city: "县级市".
 */
export function catalogLevelOf(text: string | undefined): CatalogLevel | undefined {
  const t = normalizeName(text ?? '');
  if (t === '') return undefined;
  if (/乡镇|街道/u.test(t)) return 'TOWNSHIP';
  if (/区县|县市区|县区|县级|县（市、区）|县\(市、区\)/u.test(t)) return 'COUNTY';
  if (/地州|州市|地市|市级|设区的市|市州/u.test(t)) return 'CITY';
  if (/自治区|省级|省/u.test(t)) return 'PROVINCE';
  return undefined;
}

const DIVISION_LEVELS: Readonly<Record<string, CatalogLevel>> = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  TOWNSHIP: 'TOWNSHIP',
  STREET: 'TOWNSHIP',
};

/** The level of a division (AdminDivision.level) as a catalog level. */
export function catalogLevelOfDivision(level: string | null | undefined): CatalogLevel | undefined {
  return level ? DIVISION_LEVELS[level] : undefined;
}

/** The similarity a catalog match needs by name (bigram Dice, as ANALYSIS_SIMILARITY's default). */
export const CATALOG_MATCH_THRESHOLD = 0.8;

export type CatalogMatchMethod = 'CODE' | 'NAME' | 'SIMILARITY';

export interface MatchableRow {
  id: string;
  code: string | null;
  name: string;
  subName: string | null;
  category: string;
}

export interface MatchableItem extends MatchableRow {
  levels: readonly string[];
}

export interface CatalogMatch {
  rowId: string;
  itemId: string;
  method: CatalogMatchMethod;
  score: number;
}

/** The code compared, as search and DUPLICATE_CODE compare it (issue 17 §2); none for "/" or "无". */
const codeKey = (code: string | null): string | null => {
  const c = itemCodeKey(code ?? '');
  return c === '' || c === '/' || c === '无' ? null : c;
};

/** What a name match compares: the normalised name and sub-item (PowerItem's key without its category). */
export const nameKeyOf = (r: { name: string; subName: string | null }): string =>
  `${normalizeKey(r.name)}|${normalizeKey(r.subName ?? '')}`;

/**
 * Each row's catalog item, or none: by code when both have one; else by normalised name and
 * sub-item; else the most similar name (bigram Dice of name and sub-item, the similarity
 * SIMILAR_NAME and list-diff's renames use) at or above `threshold`. Every item of the catalog is
 * a candidate, so a row can match an item of another level only (LEVEL_MISMATCH); among equals,
 * an item of `level` wins, then the lower id (the same answer every run).
 */
export function matchCatalog(
  rows: readonly MatchableRow[],
  items: readonly MatchableItem[],
  level: string,
  threshold: number = CATALOG_MATCH_THRESHOLD,
): CatalogMatch[] {
  const ordered = [...items].sort(
    (a, b) => Number(b.levels.includes(level)) - Number(a.levels.includes(level)) || (a.id < b.id ? -1 : 1),
  );
  const byCode = new Map<string, MatchableItem>();
  const byName = new Map<string, MatchableItem>();
  for (const item of ordered) {
    const code = codeKey(item.code);
    if (code !== null && !byCode.has(code)) byCode.set(code, item);
    const key = nameKeyOf(item);
    if (!byName.has(key)) byName.set(key, item);
  }
  const grams = ordered.map((item) => bigrams(nameKeyOf(item).replace('|', '')));
  const matches: CatalogMatch[] = [];
  for (const row of rows) {
    const code = codeKey(row.code);
    const coded = code === null ? undefined : byCode.get(code);
    if (coded) {
      matches.push({ rowId: row.id, itemId: coded.id, method: 'CODE', score: 1 });
      continue;
    }
    const named = byName.get(nameKeyOf(row));
    if (named) {
      matches.push({ rowId: row.id, itemId: named.id, method: 'NAME', score: 1 });
      continue;
    }
    const own = bigrams(nameKeyOf(row).replace('|', ''));
    let best: { item: MatchableItem; score: number } | undefined;
    for (const [i, item] of ordered.entries()) {
      const score = diceOfSets(own, grams[i]!);
      if (score >= threshold && (best === undefined || score > best.score)) best = { item, score };
    }
    if (best) matches.push({ rowId: row.id, itemId: best.item.id, method: 'SIMILARITY', score: roundScore(best.score) });
  }
  return matches;
}

const roundScore = (score: number): number => Math.round(score * 1000) / 1000;
