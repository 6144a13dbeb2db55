import { stableId } from '../shared/stable-id';
import { categoryZh, listEn, listZh } from '../shared/labels';
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
  wordedHolders,
  type WordedHolder,
} from './holders';
import { NO_IDS, overlapOf, type OverlapFacts, type OverlapModel, type OverlapWording } from './overlap.model';
import type { SamePowerRow } from './overlap.rows';

/**
 * SAME_POWER: one overlap per (division, power item), listing every holder in that division and
 * its rows. Holders in different divisions never overlap: the same item held by the bureaus of two
 * counties is the normal division of work by area (分级分区管辖), not 职责交叉 (issue 13).
 */
export function samePowerOverlap(row: SamePowerRow, asOf: string): OverlapModel {
  const holders = sortHolders(row.holders);
  const organizationIds = holders.map((h) => h.id);
  const facts: OverlapFacts = {
    id: stableId(OVERLAP_ID_PREFIX, 'SAME_POWER', [
      divisionIdentity(row.divisionCode),
      row.itemKey,
      ...organizationIds,
    ]),
    kind: 'SAME_POWER',
    category: row.category,
    divisionCode: row.divisionCode,
    organizationIds,
    powerIds: powerIdsOf(holders),
    provisionId: null,
    enforcementItemIds: NO_IDS,
    whistleMatterIds: NO_IDS,
    involvedOrganizationIds: organizationIds,
    score: 1,
    asOf,
  };
  return overlapOf(facts, wordSamePower, [
    row.divisionName,
    itemLabel(row.itemName, row.itemKey),
    wordedHolders(holders),
  ]);
}

/** What a SAME_POWER overlap keeps to word its explanation: its division's name, its item, its holders. */
type SamePowerSource = readonly [divisionName: string | null, item: string, holders: readonly WordedHolder[]];

/** The explanation of a SAME_POWER overlap, with the holders in listing order. */
const wordSamePower: OverlapWording<SamePowerSource> = (overlap, [divisionName, item, holders], language) => {
  const { asOf, divisionCode } = overlap;
  const category = rowCategory(overlap);
  const names = holders.map(([name]) => name);
  return language === 'zh'
    ? `${asOf}，${divisionZh(divisionCode, divisionName)}的${holders.length}个机构同时以本机关名义行使同一${categoryZh(category)}事项「${item}」：` +
        `${listZh(names)}，均非通过委托或赋权取得。同一政府内同一职权由多个机构行使，属职责交叉，建议明确主责机构。` +
        `清单行：${holderRowsZh(holders)}。`
    : `On ${asOf}, ${holders.length} organizations ${divisionEn(divisionCode, divisionName)} each exercise the ${category} item ` +
        `"${item}" in their own right, none of them by entrustment or grant: ${listEn(names)}. ` +
        `One power with several holders in one government: name the one responsible. Rows: ${holderRowsEn(holders)}.`;
};
