import { categoryZh, listEn, listZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import { similarPairsInGroups, type SimilarPair } from '../../../domain/text-similarity';
import { mapInTurns, TurnBudget } from '../../../shared/event-loop';
import {
  divisionEn,
  divisionIdentity,
  divisionZh,
  holderRowsEn,
  holderRowsZh,
  itemLabel,
  OVERLAP_ID_PREFIX,
  powerIdsOf,
  rowCategory,
  sortHolders,
  uniq,
  wordedHolders,
  type WordedHolder,
} from './holders';
import {
  NO_IDS,
  overlapOf,
  type HolderRow,
  type OverlapFacts,
  type OverlapModel,
  type OverlapWording,
} from './overlap.model';
import type { ItemHoldersRow, ItemKeysRow } from './overlap.rows';

/** The text compared: the item's normalised name and sub-item, as in its key (category|name|sub). */
export const comparedText = (itemKey: string): string => {
  const [, name = '', sub = ''] = itemKey.split('|');
  return `${name}${sub}`;
};

/** Two items whose only holder is one and the same organization are that organization's own business. */
function distinctOrganizations(a: readonly HolderRow[], b: readonly HolderRow[]): boolean {
  return distinctIds(
    a.map((h) => h.id),
    b.map((h) => h.id),
  );
}

/**
 * The similar pairs of each group of item keys (one division and category), every category's
 * names compared once for all the divisions that list them (similarPairsInGroups): the counties
 * of a province share their catalog's names. Groups of different categories never pair.
 */
async function pairsPerGroup(
  groups: readonly { category: string; itemKeys: readonly string[] }[],
  threshold: number,
  turn: TurnBudget,
): Promise<SimilarPair[][]> {
  const byCategory = new Map<string, number[]>();
  groups.forEach(({ category }, g) => {
    const members = byCategory.get(category);
    if (members) members.push(g);
    else byCategory.set(category, [g]);
  });
  const out: SimilarPair[][] = groups.map(() => []);
  for (const members of byCategory.values()) {
    const texts: string[][] = [];
    for (const g of members) texts.push(await mapInTurns(groups[g]!.itemKeys, comparedText, turn));
    const found = await similarPairsInGroups(texts, threshold, turn);
    members.forEach((g, k) => (out[g] = found[k] ?? []));
  }
  return out;
}

function distinctIds(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x !== y));
}

/** What SIMILAR_NAME's second step reads in full (overlap-similar-name-items). */
export interface SimilarItems {
  /** The keys of the items in a similar pair of distinct organizations. */
  itemKeys: string[];
  /** Every organization holding one of them, in any group: the only ones whose rows are read. */
  holderIds: string[];
}

/**
 * SIMILAR_NAME's first step: the keys of the items that are in a similar pair of distinct
 * organizations, from the keys alone (overlap-similar-name-keys), and their holders. Only these
 * items are read in full, and only from these organizations: the keys' rows name every holder of
 * an item in each division, so each (division, item) row of the second step is whole.
 * similarNameOverlaps finds the same pairs among them: a pair's score depends on its two names only.
 */
export async function similarItems(groups: readonly ItemKeysRow[], threshold: number): Promise<SimilarItems> {
  const turn = new TurnBudget();
  const keys = new Set<string>();
  const pairsOf = await pairsPerGroup(groups, threshold, turn);
  for (const [g, group] of groups.entries()) {
    await turn.check();
    for (const pair of pairsOf[g] ?? []) {
      if (!distinctIds(group.holderIds[pair.a] ?? [], group.holderIds[pair.b] ?? [])) continue;
      keys.add(group.itemKeys[pair.a]!);
      keys.add(group.itemKeys[pair.b]!);
    }
  }
  const holders = new Set<string>();
  if (keys.size > 0) {
    for (const group of groups) {
      await turn.check();
      group.itemKeys.forEach((key, k) => {
        if (keys.has(key)) for (const id of group.holderIds[k] ?? []) holders.add(id);
      });
    }
  }
  return { itemKeys: [...keys].sort(), holderIds: [...holders].sort() };
}

const score3 = (score: number): string => score.toFixed(3);

/**
 * SIMILAR_NAME: pairs of different power items (so never the same SAME_POWER item) of one
 * category, held by distinct organizations of one division, whose names reach the bigram Dice
 * threshold (issue 13: pairs never cross divisions).
 * Blocking: items are compared only within their category, and within it only when they share a
 * bigram of their prefix (see similarPairs), so the work stays near-linear in the number of items.
 */
export async function similarNameOverlaps(
  items: readonly ItemHoldersRow[],
  threshold: number,
  asOf: string,
): Promise<OverlapModel[]> {
  const turn = new TurnBudget();
  const byCategory = new Map<string, ItemHoldersRow[]>();
  for (const item of items) {
    const group = `${item.divisionCode ?? ''}|${item.category}`;
    const members = byCategory.get(group);
    if (members) members.push(item);
    else byCategory.set(group, [item]);
  }
  const overlaps: OverlapModel[] = [];
  const groups = [...byCategory.values()];
  const pairsOf = await pairsPerGroup(
    groups.map((group) => ({ category: group[0]!.category, itemKeys: group.map((i) => i.itemKey) })),
    threshold,
    turn,
  );
  for (const [g, group] of groups.entries()) {
    // One division and category at a time: a province batch holds hundreds of them.
    await turn.check();
    for (const pair of pairsOf[g] ?? []) {
      const [x, y] = [group[pair.a]!, group[pair.b]!].sort((p, q) => (p.itemKey < q.itemKey ? -1 : 1)) as [
        ItemHoldersRow,
        ItemHoldersRow,
      ];
      if (!distinctOrganizations(x.holders, y.holders)) continue;
      await turn.check();
      overlaps.push(similarNameOverlap(x, y, pair.score, threshold, asOf));
    }
  }
  return overlaps;
}

function similarNameOverlap(
  x: ItemHoldersRow,
  y: ItemHoldersRow,
  score: number,
  threshold: number,
  asOf: string,
): OverlapModel {
  const holders = sortHolders([...x.holders, ...y.holders]);
  const organizationIds = uniq(holders.map((h) => h.id));
  const facts: OverlapFacts = {
    id: stableId(OVERLAP_ID_PREFIX, 'SIMILAR_NAME', [
      divisionIdentity(x.divisionCode),
      x.itemKey,
      y.itemKey,
      ...organizationIds,
    ]),
    kind: 'SIMILAR_NAME',
    category: x.category,
    divisionCode: x.divisionCode,
    organizationIds,
    powerIds: powerIdsOf(holders),
    provisionId: null,
    enforcementItemIds: NO_IDS,
    whistleMatterIds: NO_IDS,
    involvedOrganizationIds: organizationIds,
    score,
    asOf,
  };
  return overlapOf(facts, wordSimilarName, [
    x.divisionName,
    threshold,
    itemLabel(x.itemName, x.itemKey),
    sortHolders(x.holders).map((h) => h.name),
    itemLabel(y.itemName, y.itemKey),
    sortHolders(y.holders).map((h) => h.name),
    wordedHolders(holders),
  ]);
}

/** What a SIMILAR_NAME overlap keeps to word its explanation: each item with its holders' names, and every holder in listing order. */
type SimilarNameSource = readonly [
  divisionName: string | null,
  threshold: number,
  nameX: string,
  namesX: readonly string[],
  nameY: string,
  namesY: readonly string[],
  holders: readonly WordedHolder[],
];

/** The explanation of a SIMILAR_NAME overlap, from its two items and the threshold it passed. */
const wordSimilarName: OverlapWording<SimilarNameSource> = (
  overlap,
  [divisionName, threshold, nameX, namesX, nameY, namesY, holders],
  language,
) => {
  const { asOf, score, divisionCode } = overlap;
  const category = rowCategory(overlap);
  const names = uniq(holders.map(([name]) => name));
  return language === 'zh'
    ? `${asOf}，${divisionZh(divisionCode, divisionName)}两个${categoryZh(category)}事项名称高度相似（字二元组 Dice 相似度 ${score3(score)}，阈值 ${threshold}）：` +
        `「${nameX}」（${listZh(namesX)}）与「${nameY}」（${listZh(namesY)}），` +
        `可能是同一职权的不同表述，涉及${listZh(names)}，建议核对是否重复设定。清单行：${holderRowsZh(holders)}。`
    : `On ${asOf}, ${divisionEn(divisionCode, divisionName)}, two ${category} items have very similar names (character-bigram Dice ${score3(score)}, threshold ${threshold}): ` +
        `"${nameX}" (${listEn(namesX)}) and "${nameY}" (${listEn(namesY)}); ` +
        `possibly one power under two names. Rows: ${holderRowsEn(holders)}.`;
};
