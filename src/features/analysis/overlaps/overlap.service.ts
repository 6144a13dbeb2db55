import { POWER_CATEGORIES } from '../../../importer/categories';
import { dualEnforcementOverlap } from './dual-enforcement';
import { OVERLAP_KINDS, type OverlapFilterModel, type OverlapModel, type OverlapSettings } from './overlap.model';
import type { OverlapRepository, OverlapRows } from './overlap.repository';
import { mergeProvisionGroups } from './provision-groups';
import { samePowerOverlap } from './same-power';
import { sameProvisionOverlap } from './same-provision';
import { similarNameOverlaps } from './similar-name';
import { whistleMultiLeadOverlap } from './whistle-multi-lead';

const NATIONAL_PREFIX = '中华人民共和国';

/** Each configured law under both of its names: 行政处罚法 and 中华人民共和国行政处罚法. */
export function excludedLawNames(laws: readonly string[]): string[] {
  const bare = laws
    .map((l) => l.replace(/\s+/g, ''))
    .map((l) => (l.startsWith(NATIONAL_PREFIX) ? l.slice(NATIONAL_PREFIX.length) : l));
  return [...new Set(bare.flatMap((l) => [l, `${NATIONAL_PREFIX}${l}`]))].sort();
}

const kindOrder = (kind: OverlapModel['kind']): number => OVERLAP_KINDS.indexOf(kind);

/** The listing order: by kind (enum order), then id. */
export function compareOverlaps(a: OverlapModel, b: OverlapModel): number {
  return kindOrder(a.kind) - kindOrder(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Rows restricted to the organizations in scope: holders outside it are dropped before "two or more". */
function scoped(rows: OverlapRows, inScope: (id: string) => boolean): OverlapRows {
  const keep = <T extends { holders: { id: string }[] }>(row: T): T => ({
    ...row,
    holders: row.holders.filter((h) => inScope(h.id)),
  });
  return {
    samePower: rows.samePower.map(keep).filter((r) => r.holders.length >= 2),
    sameProvision: rows.sameProvision.map(keep),
    sameProvisionUnversioned: rows.sameProvisionUnversioned.map(keep),
    similarNameItems: rows.similarNameItems.map(keep).filter((r) => r.holders.length > 0),
    dualEnforcement: rows.dualEnforcement.filter((r) => inScope(r.organizationId)),
    whistleMultiLead: rows.whistleMultiLead
      .map((r) => ({ ...r, leads: r.leads.filter((l) => inScope(l.id)) }))
      .filter((r) => r.leads.length >= 2),
  };
}

/**
 * Every overlap on `asOf` that passes the filter, sorted by kind then id. The statements scan the
 * graph once per requested kind. A division scopes the analysis: only organizations in it or below
 * it are compared (an overlap needs two or more of them), so a county sees its own overlaps and
 * not those its departments share with another city's. Organization ids select whole overlaps:
 * those involving any of them.
 */
export async function computeOverlaps(
  repository: OverlapRepository,
  settings: OverlapSettings,
  asOf: string,
  filter: OverlapFilterModel,
): Promise<OverlapModel[]> {
  const categories = filter.categories ?? POWER_CATEGORIES;
  const excludedLaws = excludedLawNames(settings.proceduralLaws);
  const scanned = await repository.scan({
    asOf,
    kinds: filter.kinds,
    categories,
    excludedLaws,
    organizationIds: filter.organizationIds,
    similarity: settings.similarity,
  });
  const division =
    filter.divisionCode === null ? null : new Set(await repository.organizationsInDivision(filter.divisionCode));
  const rows = division === null ? scanned : scoped(scanned, (id) => division.has(id));
  const all = [
    ...rows.samePower.map((r) => samePowerOverlap(r, asOf)),
    ...mergeProvisionGroups(rows.sameProvision, rows.sameProvisionUnversioned, new Set(excludedLaws))
      .filter((r) => r.holders.length >= 2)
      .map((r) => sameProvisionOverlap(r, asOf)),
    ...similarNameOverlaps(rows.similarNameItems, settings.similarity, asOf),
    ...rows.dualEnforcement.map((r) => dualEnforcementOverlap(r, asOf)),
    // Whistle matters have no category: a category filter leaves them out.
    ...(filter.categories === null ? rows.whistleMultiLead.map((r) => whistleMultiLeadOverlap(r, asOf)) : []),
  ];
  const wanted = filter.organizationIds === null ? null : new Set(filter.organizationIds);
  const matches = (o: OverlapModel): boolean =>
    wanted === null || o.involvedOrganizationIds.some((id) => wanted.has(id));
  return all.filter(matches).sort(compareOverlaps);
}
