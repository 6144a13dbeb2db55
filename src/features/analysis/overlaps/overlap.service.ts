import { yieldToEventLoop } from '../../../shared/event-loop';
import { OVERLAP_KIND_SPECS } from './overlap-kinds';
import {
  OVERLAP_KINDS,
  type OverlapFilterModel,
  type OverlapKindValue,
  type OverlapModel,
  type OverlapSettings,
} from './overlap.model';
import type { OverlapRepository } from './overlap.repository';

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

/**
 * Every overlap that organizations of whole partitions (analysis/partition-map: a division's
 * organizations, or those with no known division) take part in on `asOf`: the kinds asked for,
 * every category. Overlaps of kinds 1–3 never leave their division, so a partition's overlaps are
 * complete without reading any other partition (issue 13). A kind marked `completeForOrganizations`
 * is complete for any organizations, whole partitions or not (an impact gives the plan's own).
 */
export async function overlapsOfPartitions(
  repository: OverlapRepository,
  settings: OverlapSettings,
  asOf: string,
  organizationIds: readonly string[],
  kinds: readonly OverlapKindValue[] = OVERLAP_KINDS,
): Promise<OverlapModel[]> {
  const excludedLaws = excludedLawNames(settings.proceduralLaws);
  const context = { asOf, similarity: settings.similarity };
  const rows = await repository.scan(organizationIds, asOf, kinds, excludedLaws, context);
  const overlaps: OverlapModel[] = [];
  for (const kind of kinds) {
    for (const overlap of await OVERLAP_KIND_SPECS[kind].build(rows.get(kind) ?? [], context)) overlaps.push(overlap);
    await yieldToEventLoop();
  }
  return overlaps;
}

/**
 * Whether an overlap passes the filter. `divisions` is the division filter's subtree (null: no
 * division filter): an overlap passes when it was found in one of those divisions. Organization
 * ids select whole overlaps: those involving any of them. Whistle matters have no category.
 */
export function overlapFilterMatcher(
  filter: OverlapFilterModel,
  divisions: ReadonlySet<string> | null,
): (overlap: OverlapModel) => boolean {
  const kinds = new Set(filter.kinds);
  const categories = filter.categories === null ? null : new Set<string>(filter.categories);
  const organizations = filter.organizationIds === null ? null : new Set(filter.organizationIds);
  return (o) =>
    kinds.has(o.kind) &&
    (categories === null || (o.category !== null && categories.has(o.category))) &&
    (divisions === null || (o.divisionCode !== null && divisions.has(o.divisionCode))) &&
    (organizations === null || o.involvedOrganizationIds.some((id) => organizations.has(id)));
}
