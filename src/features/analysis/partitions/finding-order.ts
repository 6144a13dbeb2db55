import { compareSortKeys } from '../../../shared/pagination';
import { FINDING_KINDS, type FindingFilterModel, type FindingModel } from '../findings/finding.model';
import { FINDING_KIND_SPECS } from '../findings/finding-kinds';

/** Page order of findings: kind (issue 5's order), then subject name, then id. */
export const findingSortKey = (f: FindingModel): [number, string, string] => [
  FINDING_KINDS.indexOf(f.kind),
  f.subject.name,
  f.id,
];

export const compareFindings = (a: FindingModel, b: FindingModel): number =>
  compareSortKeys(findingSortKey(a), findingSortKey(b));

/**
 * Whether a finding passes the filter: its kind and severity, one of its organizations among
 * those asked for, or in the division's subtree (`divisions`, through `partitionOf`).
 */
export function findingFilterMatcher(
  filter: FindingFilterModel,
  divisions: ReadonlySet<string> | null,
  partitionOf: (organizationId: string) => string | undefined,
): (finding: FindingModel) => boolean {
  const organizations = filter.organizationIds === null ? null : new Set(filter.organizationIds);
  return (f) =>
    (filter.kinds === null || filter.kinds.includes(f.kind)) &&
    (filter.severities === null || filter.severities.includes(FINDING_KIND_SPECS[f.kind].severity)) &&
    (organizations === null || f.organizations.some((o) => organizations.has(o.id))) &&
    (divisions === null ||
      f.organizations.some((o) => {
        const p = partitionOf(o.id);
        return p !== undefined && divisions.has(p);
      }));
}
