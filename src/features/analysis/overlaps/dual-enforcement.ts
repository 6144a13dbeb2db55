import { categoryZh, levelZh, modeZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import { itemLabel, OVERLAP_ID_PREFIX, uniq } from './holders';
import type { OverlapModel } from './overlap.model';
import type { DualEnforcementRow } from './overlap.rows';

/** The source a township holds an item through: its own list, or the department handing it over. */
const OWN_SOURCE = 'OWN';

/**
 * DUAL_ENFORCEMENT: a township or street holding one power item through two or more sources on
 * the date. `organizations` is the receiver alone; the competing hand-overs are the evidence.
 */
export function dualEnforcementOverlap(row: DualEnforcementRow, asOf: string): OverlapModel {
  const handOvers = [...row.handOvers].sort((a, b) => (a.fromName + a.id < b.fromName + b.id ? -1 : 1));
  const own = row.ownPowerIds.length > 0;
  const sources = uniq([...(own ? [OWN_SOURCE] : []), ...handOvers.map((h) => h.fromId)]);
  const item = itemLabel(row.itemName, row.itemKey);
  const sourcesZh = [
    ...(own ? ['本机关权责清单'] : []),
    ...handOvers.map((h) => `${h.fromName}${modeZh(h.mode)}（「${h.name}」）`),
  ];
  const sourcesEn = [
    ...(own ? ['its own list'] : []),
    ...handOvers.map((h) => `${h.mode} from ${h.fromName} ("${h.name}")`),
  ];
  return {
    id: stableId(OVERLAP_ID_PREFIX, 'DUAL_ENFORCEMENT', [
      row.organizationId,
      row.itemKey,
      ...sources.map((s) => `src:${s}`),
    ]),
    kind: 'DUAL_ENFORCEMENT',
    category: row.category,
    divisionCode: row.divisionCode,
    organizationIds: [row.organizationId],
    powerIds: uniq([...row.ownPowerIds, ...handOvers.flatMap((h) => (h.powerId ? [h.powerId] : []))]).sort(),
    provisionId: null,
    enforcementItemIds: handOvers.map((h) => h.id),
    whistleMatterIds: [],
    involvedOrganizationIds: uniq([row.organizationId, ...handOvers.map((h) => h.fromId)]),
    score: 1,
    explanation:
      `${asOf}，${row.organizationName}（${levelZh(row.level)}）通过${sources.length}个来源同时持有${categoryZh(row.category)}事项「${item}」：` +
      `${sourcesZh.join('；')}。同一事项多头下放，执法主体和责任主体不明确，建议保留其一。`,
    explanationEn:
      `On ${asOf}, ${row.organizationName} (${row.level}) holds the ${row.category} item "${item}" through ${sources.length} sources: ` +
      `${sourcesEn.join('; ')}. Who acts and who answers for it is unclear: keep one.`,
    asOf,
  };
}
