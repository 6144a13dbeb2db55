import { categoryZh, levelZh, modeZh } from '../shared/labels';
import { stableId } from '../shared/stable-id';
import { itemLabel, OVERLAP_ID_PREFIX, rowCategory, uniq } from './holders';
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
  return overlapOf(facts, wordDualEnforcement, [
    row.organizationName,
    row.level,
    itemLabel(row.itemName, row.itemKey),
    row.ownPowerIds.length > 0,
    sourcesOf(sorted).length,
    handOvers.map((h) => [h.fromName, h.mode, h.name] as const),
  ]);
}

/** What a DUAL_ENFORCEMENT overlap keeps to word its explanation: the township, the item, its sources. */
type DualEnforcementSource = readonly [
  organizationName: string,
  level: string,
  item: string,
  own: boolean,
  sources: number,
  handOvers: readonly (readonly [fromName: string, mode: string, name: string])[],
];

/** The distinct sources of the item: its own list, then each department handing it over. */
const sourcesOf = (row: DualEnforcementRow): string[] =>
  uniq([...(row.ownPowerIds.length > 0 ? [OWN_SOURCE] : []), ...row.handOvers.map((h) => h.fromId)]);

/** The explanation of a DUAL_ENFORCEMENT overlap, with the hand-overs in listing order. */
const wordDualEnforcement: OverlapWording<DualEnforcementSource> = (
  overlap,
  [organizationName, level, item, own, count, handOvers],
  language,
) => {
  const { asOf } = overlap;
  const category = rowCategory(overlap);
  if (language === 'zh') {
    const sources = [
      ...(own ? ['本机关权责清单'] : []),
      ...handOvers.map(([fromName, mode, name]) => `${fromName}${modeZh(mode)}（「${name}」）`),
    ];
    return (
      `${asOf}，${organizationName}（${levelZh(level)}）通过${count}个来源同时持有${categoryZh(category)}事项「${item}」：` +
      `${sources.join('；')}。同一事项多头下放，执法主体和责任主体不明确，建议保留其一。`
    );
  }
  const sources = [
    ...(own ? ['its own list'] : []),
    ...handOvers.map(([fromName, mode, name]) => `${mode} from ${fromName} ("${name}")`),
  ];
  return (
    `On ${asOf}, ${organizationName} (${level}) holds the ${category} item "${item}" through ${count} sources: ` +
    `${sources.join('; ')}. Who acts and who answers for it is unclear: keep one.`
  );
};
