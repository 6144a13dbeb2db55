import type { HolderRow, OverlapFacts } from './overlap.model';

export const OVERLAP_ID_PREFIX = 'ov';

const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Holders by name, then id: the order organizations are listed and explained in. */
export function sortHolders<T extends { name: string; id: string }>(holders: readonly T[]): T[] {
  return [...holders].sort(byNameThenId);
}

export const uniq = <T>(values: readonly T[]): T[] => [...new Set(values)];

export const powerIdsOf = (holders: readonly HolderRow[]): string[] => uniq(holders.flatMap((h) => h.powerIds).sort());

/** A holder as an explanation names it: its name and the distinct names of its rows. */
export type WordedHolder = readonly [name: string, rowNames: readonly string[]];

/** What an overlap keeps of its holders (in listing order) to word its explanation. */
export const wordedHolders = (holders: readonly HolderRow[]): WordedHolder[] =>
  holders.map((h) => [h.name, uniq(h.powerNames)]);

/** 青石市住建局「对…的处罚」 */
export const holderRowsZh = (holders: readonly WordedHolder[]): string =>
  holders.map(([name, rows]) => `${name}「${rows.join('」「')}」`).join('；');

export const holderRowsEn = (holders: readonly WordedHolder[]): string =>
  holders.map(([name, rows]) => `${name} ("${rows.join('", "')}")`).join('; ');

/** The display name of a power item: its name, and the sub-item of its key when there is one. */
export function itemLabel(itemName: string, itemKey: string): string {
  const sub = itemKey.split('|')[2] ?? '';
  return sub === '' ? itemName : `${itemName}（子项：${sub}）`;
}

/** Where a within-government overlap was found: 「甲县（650203）」, or the group of organizations with no known division. */
export function divisionZh(code: string | null, name: string | null): string {
  if (code === null) return '未登记行政区划的机构之间';
  return `${name ?? code}（${code}）范围内`;
}

export function divisionEn(code: string | null, name: string | null): string {
  if (code === null) return 'among organizations with no known division';
  return `within ${name ?? code} (${code})`;
}

/** The identity of the division in an overlap id: '' for the group with no known division. */
export const divisionIdentity = (code: string | null): string => `division:${code ?? ''}`;

/** The category of an overlap found in power rows: every kind but WHISTLE_MULTI_LEAD has one. */
export const rowCategory = ({ category }: OverlapFacts): string => category ?? '';
