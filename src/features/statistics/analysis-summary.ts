import type { FindingKindValue, FindingModel, SeverityValue } from '../analysis/findings/finding.model';
import { OVERLAP_KINDS, type OverlapKindValue, type OverlapModel } from '../analysis/overlaps/overlap.model';

export interface OverlapKindCountModel {
  kind: OverlapKindValue;
  count: number;
}

export interface FindingKindSeverityCountModel {
  kind: FindingKindValue;
  severity: SeverityValue;
  count: number;
}

export interface OrganizationAnalysisModel {
  organizationId: string;
  overlaps: number;
  overlapsByKind: OverlapKindCountModel[];
  findings: number;
  findingsByKindAndSeverity: FindingKindSeverityCountModel[];
}

/** One cell of the overlap matrix (职责交叉矩阵): two organizations of one division and what they share. */
export interface OverlapMatrixCellModel {
  row: number;
  column: number;
  organizationIds: [string, string];
  count: number;
  overlapsByKind: OverlapKindCountModel[];
}

export interface AnalysisSummaryModel {
  asOf: string;
  overlapCount: number;
  findingCount: number;
  overlapsByKind: OverlapKindCountModel[];
  findingsByKindAndSeverity: FindingKindSeverityCountModel[];
  organizations: OrganizationAnalysisModel[];
  /** The organizations of the matrix, in row (and column) order: those sharing an overlap with another of the scope. */
  matrixOrganizationIds: string[];
  /** Pairs with at least one overlap, each once (row < column). */
  matrix: OverlapMatrixCellModel[];
}

class Tally<K> {
  private readonly counts = new Map<string, { key: K; count: number }>();
  add(key: K): void {
    const k = JSON.stringify(key);
    const entry = this.counts.get(k);
    if (entry) entry.count += 1;
    else this.counts.set(k, { key, count: 1 });
  }
  entries(): { key: K; count: number }[] {
    return [...this.counts.values()];
  }
}

const kindOrder = (kind: OverlapKindValue): number => OVERLAP_KINDS.indexOf(kind);
const overlapKinds = (tally: Tally<OverlapKindValue>): OverlapKindCountModel[] =>
  tally
    .entries()
    .map((e) => ({ kind: e.key, count: e.count }))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
const findingKinds = (tally: Tally<[FindingKindValue, SeverityValue]>): FindingKindSeverityCountModel[] =>
  tally
    .entries()
    .map((e) => ({ kind: e.key[0], severity: e.key[1], count: e.count }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.severity.localeCompare(b.severity));

/**
 * Counts the kept analysis (overlaps and findings of the scope's partitions, already filtered to
 * the scope) per kind, per organization of the scope, and per pair of the scope's organizations
 * (an overlap of three organizations counts once in each of its three pairs). `names` orders the
 * matrix by organization name.
 */
export function summarise(
  asOf: string,
  scope: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  overlaps: readonly OverlapModel[],
  findings: readonly FindingModel[],
): AnalysisSummaryModel {
  const allOverlaps = new Tally<OverlapKindValue>();
  const allFindings = new Tally<[FindingKindValue, SeverityValue]>();
  const perOrgOverlaps = new Map<string, Tally<OverlapKindValue>>();
  const perOrgFindings = new Map<string, Tally<[FindingKindValue, SeverityValue]>>();
  const pairs = new Map<string, Tally<OverlapKindValue>>();
  const tallyOf = <K>(map: Map<string, Tally<K>>, id: string): Tally<K> => {
    let t = map.get(id);
    if (!t) {
      t = new Tally<K>();
      map.set(id, t);
    }
    return t;
  };
  for (const o of overlaps) {
    allOverlaps.add(o.kind);
    const members = [...new Set(o.organizationIds)].filter((id) => scope.has(id)).sort();
    for (const id of members) tallyOf(perOrgOverlaps, id).add(o.kind);
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) tallyOf(pairs, `${members[i]}\u0000${members[j]}`).add(o.kind);
    }
  }
  for (const f of findings) {
    allFindings.add([f.kind, f.severity]);
    for (const id of new Set(f.organizations.map((o) => o.id))) {
      if (scope.has(id)) tallyOf(perOrgFindings, id).add([f.kind, f.severity]);
    }
  }
  const byName = (a: string, b: string): number =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'zh-Hans-CN') || a.localeCompare(b);
  const pairIds = [...pairs.keys()].map((k) => k.split('\u0000') as [string, string]);
  const matrixOrganizationIds = [...new Set(pairIds.flat())].sort(byName);
  const index = new Map(matrixOrganizationIds.map((id, i) => [id, i]));
  const matrix = pairIds
    .map(([a, b]) => {
      const [first, second] = index.get(a)! < index.get(b)! ? [a, b] : [b, a];
      const kinds = overlapKinds(pairs.get(`${a}\u0000${b}`)!);
      return {
        row: index.get(first)!,
        column: index.get(second)!,
        organizationIds: [first, second] as [string, string],
        count: kinds.reduce((s, k) => s + k.count, 0),
        overlapsByKind: kinds,
      };
    })
    .sort((x, y) => x.row - y.row || x.column - y.column);
  const organizations = [...new Set([...perOrgOverlaps.keys(), ...perOrgFindings.keys()])].sort(byName).map((id) => {
    const o = overlapKinds(perOrgOverlaps.get(id) ?? new Tally());
    const f = findingKinds(perOrgFindings.get(id) ?? new Tally());
    return {
      organizationId: id,
      overlaps: o.reduce((s, k) => s + k.count, 0),
      overlapsByKind: o,
      findings: f.reduce((s, k) => s + k.count, 0),
      findingsByKindAndSeverity: f,
    };
  });
  return {
    asOf,
    overlapCount: overlaps.length,
    findingCount: findings.length,
    overlapsByKind: overlapKinds(allOverlaps),
    findingsByKindAndSeverity: findingKinds(allFindings),
    organizations,
    matrixOrganizationIds,
    matrix,
  };
}
