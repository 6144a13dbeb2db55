/**
 * A planner's reading of an impact: each touched object once, with the version the plan ends and
 * the version it makes, and counts per kind. 调整影响的汇总：每个对象列一次，标明调整前后版本，并按类别计数。
 */
import type { AffectedSets, ReassignmentImpactModel } from './reassignment.model';

export type AffectedKindValue = 'POWER' | 'ENFORCEMENT_ITEM' | 'WHISTLE_MATTER' | 'DUTY_ITEM' | 'LENIENT_ITEM';
export type NodeTypeOfKind = 'Power' | 'EnforcementItem' | 'WhistleMatter' | 'TownshipDutyItem' | 'LenientItem';
/**
 * VERSIONED: old version ends on e - 1, a new one starts on e; CREATED: new with the plan; CHANGED:
 * the same node, changed in place; DEPENDENT: unchanged, but it needs or applies to an affected power.
 */
export type AffectedChangeValue = 'VERSIONED' | 'CREATED' | 'CHANGED' | 'DEPENDENT';

export interface AffectedObjectModel {
  kind: AffectedKindValue;
  nodeType: NodeTypeOfKind;
  change: AffectedChangeValue;
  /** The object as it is without the plan (null when the plan creates it). */
  beforeId: string | null;
  /** The object as the plan makes it (for VERSIONED, the new version; for CHANGED, the same id). */
  afterId: string;
}

export interface KindCount {
  kind: string;
  count: number;
}

export interface ImpactSummaryModel {
  affected: KindCount[];
  overlapsCreated: KindCount[];
  overlapsResolved: KindCount[];
  findingsCreated: KindCount[];
  findingsResolved: KindCount[];
  respondentChanges: number;
}

const KINDS: readonly [AffectedKindValue, NodeTypeOfKind, keyof AffectedSets][] = [
  ['POWER', 'Power', 'powerIds'],
  ['ENFORCEMENT_ITEM', 'EnforcementItem', 'enforcementItemIds'],
  ['WHISTLE_MATTER', 'WhistleMatter', 'whistleMatterIds'],
  ['DUTY_ITEM', 'TownshipDutyItem', 'dutyItemIds'],
  ['LENIENT_ITEM', 'LenientItem', 'lenientItemIds'],
];

/** Each object once: a re-versioned row is one entry (old -> new), not two. */
export function affectedObjects(
  impact: Pick<ReassignmentImpactModel, 'affected' | 'versionOf' | 'createdIds' | 'dependentIds'>,
): AffectedObjectModel[] {
  const versionOf = new Map(impact.versionOf);
  const created = new Set(impact.createdIds);
  const dependent = new Set(impact.dependentIds);
  const replaced = new Set(versionOf.values());
  return KINDS.flatMap(([kind, nodeType, field]) =>
    impact.affected[field].flatMap((id): AffectedObjectModel[] => {
      const original = versionOf.get(id);
      if (original !== undefined) return [{ kind, nodeType, change: 'VERSIONED', beforeId: original, afterId: id }];
      if (replaced.has(id)) return [];
      if (created.has(id)) return [{ kind, nodeType, change: 'CREATED', beforeId: null, afterId: id }];
      if (dependent.has(id)) return [{ kind, nodeType, change: 'DEPENDENT', beforeId: id, afterId: id }];
      return [{ kind, nodeType, change: 'CHANGED', beforeId: id, afterId: id }];
    }),
  );
}

function countBy<T>(values: readonly T[], keyOf: (value: T) => string): KindCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(keyOf(v), (counts.get(keyOf(v)) ?? 0) + 1);
  return [...counts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind));
}

export function impactSummary(impact: ReassignmentImpactModel): ImpactSummaryModel {
  return {
    affected: countBy(affectedObjects(impact), (o) => o.kind),
    overlapsCreated: countBy(impact.overlapsCreated, (o) => o.kind),
    overlapsResolved: countBy(impact.overlapsResolved, (o) => o.kind),
    findingsCreated: countBy(impact.findingsCreated, (f) => f.kind),
    findingsResolved: countBy(impact.findingsResolved, (f) => f.kind),
    respondentChanges: impact.respondentChanges.length,
  };
}
