import { stableId } from '../shared/stable-id';
import { categoryZh, levelZh, listEn, listZh } from '../shared/labels';
import { holderRowsEn, holderRowsZh, itemLabel, OVERLAP_ID_PREFIX, powerIdsOf, sortHolders } from './holders';
import type { OverlapModel } from './overlap.model';
import type { SamePowerRow } from './overlap.repository';

/**
 * SAME_POWER: one overlap per power item and level, listing every holder of that level and its
 * rows. Holders of different levels never overlap (a county department and a township listing
 * the same item is the normal division of labour).
 */
export function samePowerOverlap(row: SamePowerRow, asOf: string): OverlapModel {
  const holders = sortHolders(row.holders);
  const names = holders.map((h) => h.name);
  const item = itemLabel(row.itemName, row.itemKey);
  return {
    id: stableId(OVERLAP_ID_PREFIX, 'SAME_POWER', [row.itemKey, ...holders.map((h) => h.id)]),
    kind: 'SAME_POWER',
    category: row.category,
    organizationIds: holders.map((h) => h.id),
    powerIds: powerIdsOf(holders),
    provisionId: null,
    enforcementItemIds: [],
    whistleMatterIds: [],
    involvedOrganizationIds: holders.map((h) => h.id),
    score: 1,
    explanation:
      `${asOf}，${holders.length}个同级（${levelZh(row.level)}）机构同时以本机关名义行使同一${categoryZh(row.category)}事项「${item}」：` +
      `${listZh(names)}，均非通过委托或赋权取得。同一职权由多个机构行使，属职责交叉，建议明确主责机构。` +
      `清单行：${holderRowsZh(holders)}。`,
    explanationEn:
      `On ${asOf}, ${holders.length} organizations of the same level (${row.level}) each exercise the ${row.category} item ` +
      `"${item}" in their own right, none of them by entrustment or grant: ${listEn(names)}. ` +
      `One power with several holders: name the one responsible. Rows: ${holderRowsEn(holders)}.`,
    asOf,
  };
}
