import { findingId } from '../analysis/findings/finding-id';
import type { FindingModel } from '../analysis/findings/finding.model';
import { OVERLAP_ID_PREFIX } from '../analysis/overlaps/holders';
import type { OverlapModel } from '../analysis/overlaps/overlap.model';
import { stableId } from '../analysis/shared/stable-id';

export interface Diff<T> {
  created: T[];
  resolved: T[];
}

/** What is on one side only, by key: created = after only, resolved = before only. */
export function diffBy<T>(before: readonly T[], after: readonly T[], keyOf: (value: T) => string): Diff<T> {
  const beforeKeys = new Set(before.map(keyOf));
  const afterKeys = new Set(after.map(keyOf));
  return {
    created: after.filter((v) => !beforeKeys.has(keyOf(v))),
    resolved: before.filter((v) => !afterKeys.has(keyOf(v))),
  };
}

/**
 * A finding's stable id, with a row the plan re-versioned read as the row it supersedes: a
 * finding about the new version of a whistle matter is "about the same thing" as one about the old
 * version. The id's extra parts (issue 5: none, or one related id) are found by recomputing.
 */
export function findingKey(versionOf: ReadonlyMap<string, string>): (f: FindingModel) => string {
  return (f) => {
    const original = versionOf.get(f.subject.id);
    if (original === undefined) return f.id;
    const subject = `${f.subject.type}:${f.subject.id}`;
    const candidates: string[][] = [[], ...f.related.map((r) => [r.id])];
    const parts = candidates.find((p) => findingId(f.kind, subject, p) === f.id) ?? [];
    return findingId(
      f.kind,
      `${f.subject.type}:${original}`,
      parts.map((p) => versionOf.get(p) ?? p),
    );
  };
}

/** An overlap's stable id, with re-versioned whistle matters read as the ones they supersede. */
export function overlapKey(versionOf: ReadonlyMap<string, string>): (o: OverlapModel) => string {
  return (o) => {
    const matter = o.whistleMatterIds[0];
    if (o.kind !== 'WHISTLE_MULTI_LEAD' || matter === undefined || !versionOf.has(matter)) return o.id;
    return stableId(OVERLAP_ID_PREFIX, 'WHISTLE_MULTI_LEAD', [versionOf.get(matter) ?? matter, ...o.organizationIds]);
  };
}
