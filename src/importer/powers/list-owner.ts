/**
 * Who a power list belongs to and from when, when its rows do not say (IMPORT.md "Who and when").
 * 清单的归属机构与起始日期：行使主体为模板文字时，取标题行或文件名。
 *
 * Published lists often write the exercising body as a template (地州市商务主管部门, 各区…分局,
 * 市人民政府（…局承办）) or as a short name (市人力资源和社会保障局). Such a cell is not an
 * organization of its own: it is credited to the list's owner, named by the title row or the file
 * name. A full name that is not the owner (克拉玛依市人民政府 in the 科技局 list) keeps its own body.
 */
import { basename, extname } from 'node:path';

import { normalizeName } from '../../domain/text';

export type OwnerSource = 'option' | 'title' | 'fileName' | 'column';
export type DateSource = 'option' | 'title' | 'fileName' | 'today';

/** Names that end like a body that exercises powers (局, 委员会, 办公室, 人民政府, 中心, 大队...). */
const ORG_END = /(?:局|委员会|委|办公室|办|部|厅|署|院|人民政府|政府|中心|队|所|站|会|处|室|社|馆)$/u;

/** Template wording: a level or a placeholder instead of a place (地州市…, 县级…, 各区…, …主管部门). */
const TEMPLATE = /^(?:地州市|地州|地市|州市|县市区|县市|县区|区县|县级|市级|区级|省级|乡镇级?|各)|各(?:区|县|乡镇|街道)|主管部门|有关部门|相关部门|承办[)）]?$/u;

/** Leading place names and levels: 克拉玛依市, 市, 本, 新疆维吾尔自治区... */
const PLACE_NAME = /^[\p{Script=Han}]{2,8}?(?:自治区|自治州|省|市|地区|盟|县|区|旗)/u;
const PLACE = new RegExp(`${PLACE_NAME.source}|^(?:本级|本|市|县|区|州)`, 'u');

const YEAR = /((?:19|20)\d{2})\s*年/u;

export function isTemplateBody(text: string): boolean {
  return TEMPLATE.test(normalizeName(text));
}

/** "克拉玛依市人力资源和社会保障局2024年权责清单" -> 克拉玛依市人力资源和社会保障局; "部门名称：市机关事务管理局". */
export function ownerInText(text: string): string | undefined {
  const t = normalizeName(text).replace(/^附件\d*[:：]?/u, '');
  const labelled = /^(?:部门|单位|机构)名称[:：](.+)$/u.exec(t);
  const candidate = labelled?.[1] ?? /^(.+?)(?:权责清单|权力清单|责任清单|清单)/u.exec(t)?.[1];
  if (candidate === undefined) return undefined;
  const name = candidate.replace(/(?:19|20)\d{2}年度?/gu, '').replace(/\(\d+\)$/u, '');
  const bare = name.replace(/[(（][^)）]*[)）]/gu, '');
  return bare.length >= 2 && ORG_END.test(bare) && !isTemplateBody(name) ? name : undefined;
}

export function yearInText(text: string): string | undefined {
  return YEAR.exec(normalizeName(text))?.[1];
}

export interface ListClues {
  owner?: { name: string; from: 'title' | 'fileName' };
  year?: { year: string; from: 'title' | 'fileName' };
}

/** The owner and year a list's title rows (first) or file name (then) give. */
export function listClues(titles: readonly string[], file: string): ListClues {
  const stem = basename(file, extname(file));
  const clues: ListClues = {};
  for (const [texts, from] of [
    [titles, 'title'],
    [[stem], 'fileName'],
  ] as const) {
    for (const text of texts) {
      const owner = ownerInText(text);
      if (clues.owner === undefined && owner !== undefined) clues.owner = { name: owner, from };
      const year = yearInText(text);
      if (clues.year === undefined && year !== undefined) clues.year = { year, from };
    }
  }
  return clues;
}

/**
 * A name without its place prefix and bracketed aliases: 克拉玛依市委宣传部（新闻出版局） -> 委宣传部.
 * A leading 市 may be the place (市商务局) or the word (市场监督管理局): both readings are kept.
 */
function cores(name: string): string[] {
  const long = normalizeName(name).replace(/[(（][^)）]*[)）]/gu, '').replace(PLACE_NAME, '');
  return [...new Set([long, long.replace(/^(?:本级|本|市|县|区|州)/u, '')])].filter((x) => x.length >= 2);
}

/** The names a cell gives: its main name, each part of "A、B", and each bracketed alias. */
function namesIn(cell: string): string[] {
  const n = normalizeName(cell);
  const brackets = [...n.matchAll(/[(（]([^)）]*)[)）]/gu)].flatMap((m) => (m[1] ?? '').split(/[、,，;；]/u));
  const main = n.replace(/[(（][^)）]*[)）]/gu, '').split(/[、,，;；]/u);
  return [...main, ...brackets].flatMap(cores);
}

/** True when `short` reads as an abbreviation of `long`: same first character, in order (科技局 / 科学技术局). */
function abbreviates(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/** Does the cell name the owner, in full, short or abbreviated, or as one of several bodies? */
export function namesOwner(cell: string, owner: string): boolean {
  const targets = cores(owner);
  return namesIn(cell).some((n) => targets.some((t) => n === t || abbreviates(n, t) || abbreviates(t, n)));
}

/** True when a name carries its own place ("克拉玛依市…"), not a bare 市/县 or nothing. */
export function hasPlace(name: string): boolean {
  const m = PLACE.exec(normalizeName(name));
  return m !== null && m[0].length > 1 && !/^本级?$/u.test(m[0]);
}

/** The place an owner's name starts with (克拉玛依市), for a bare "市人民政府" in its list. */
export function placeOf(name: string): string | undefined {
  const m = PLACE.exec(normalizeName(name));
  return m !== null && hasPlace(name) ? m[0] : undefined;
}
