import { categoryZh, levelZh, modeZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import { itemLabel, OVERLAP_ID_PREFIX, uniq } from './holders';
import { NO_IDS, overlapOf, type OverlapFacts, type OverlapModel, type OverlapWording } from './overlap.model';
import type { DualEnforcementRow } from './overlap.rows';

/** The source a township holds an item through: its own list, or the department handing it over. */
const OWN_SOURCE = 'OWN';

/**
 * DUAL_ENFORCEMENT: a township or street holding one power item through two or more sources on
 * the date. `organizations` is the receiver alone; the competing hand-overs are the evidence.
 */
export function dualEnforcementOverlap(row: DualEnforcementRow, asOf: string): OverlapModel {
  const handOvers = [...row.handOvers].sort((a, b) => (a.fromName + a.id < b.fromName + b.id ? -1 : 1));
  const sorted = { ...row, handOvers };
  const facts: OverlapFacts = {
    id: stableId(OVERLAP_ID_PREFIX, 'DUAL_ENFORCEMENT', [
      row.organizationId,
      row.itemKey,
      ...sourcesOf(sorted).map((s) => `src:${s}`),
    ]),
    kind: 'DUAL_ENFORCEMENT',
    category: row.category,
    divisionCode: row.divisionCode,
    organizationIds: [row.organizationId],
    powerIds: uniq([...row.ownPowerIds, ...handOvers.flatMap((h) => (h.powerId ? [h.powerId] : []))]).sort(),
    provisionId: null,
    enforcementItemIds: handOvers.map((h) => h.id),
    whistleMatterIds: NO_IDS,
    involvedOrganizationIds: uniq([row.organizationId, ...handOvers.map((h) => h.fromId)]),
    score: 1,
    asOf,
  };
  return overlapOf(facts, wordDualEnforcement, sorted);
}

/** The distinct sources of the item: its own list, then each department handing it over. */
const sourcesOf = (row: DualEnforcementRow): string[] =>
  uniq([...(row.ownPowerIds.length > 0 ? [OWN_SOURCE] : []), ...row.handOvers.map((h) => h.fromId)]);

/** The explanation of a DUAL_ENFORCEMENT overlap, from its row with the hand-overs in listing order. */
const wordDualEnforcement: OverlapWording<DualEnforcementRow> = ({ asOf }, row, language) => {
  const own = row.ownPowerIds.length > 0;
  const count = sourcesOf(row).length;
  const item = itemLabel(row.itemName, row.itemKey);
  if (language === 'zh') {
    const sources = [
      ...(own ? ['本机关权责清单'] : []),
      ...row.handOvers.map((h) => `${h.fromName}${modeZh(h.mode)}（「${h.name}」）`),
    ];
    return (
      `${asOf}，${row.organizationName}（${levelZh(row.level)}）通过${count}个来源同时持有${categoryZh(row.category)}事项「${item}」：` +
      `${sources.join('；')}。同一事项多头下放，执法主体和责任主体不明确，建议保留其一。`
    );
  }
  const sources = [
    ...(own ? ['its own list'] : []),
    ...row.handOvers.map((h) => `${h.mode} from ${h.fromName} ("${h.name}")`),
  ];
  return (
    `On ${asOf}, ${row.organizationName} (${row.level}) holds the ${row.category} item "${item}" through ${count} sources: ` +
    `${sources.join('; ')}. Who acts and who answers for it is unclear: keep one.`
  );
};
