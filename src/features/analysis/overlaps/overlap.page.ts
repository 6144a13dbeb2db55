import { badInput } from '../../../errors';
import { compareSortKeys, pageRequest, toConnection, type PageRequest, type SortKey } from '../../../shared/pagination';
import { firstAfter } from '../../../shared/sorted-merge';
import { OVERLAP_KINDS, type OverlapConnectionModel, type OverlapModel } from './overlap.model';

export interface OverlapPageRequest extends PageRequest {
  after: readonly [number, string] | null;
}

/** `first`/`after` of the overlap list; the cursor is (kind ordinal, id). */
export function overlapPageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
): OverlapPageRequest {
  const page = pageRequest(first, after);
  if (page.after === null) return { limit: page.limit, after: null };
  const [kind, id, ...rest] = page.after;
  if (typeof kind !== 'number' || typeof id !== 'string' || rest.length > 0) {
    throw badInput('after', after, '不是重叠列表的游标', 'not a cursor of the overlap list');
  }
  return { limit: page.limit, after: [kind, id] };
}

const sortKey = (o: OverlapModel): [number, string] => [OVERLAP_KINDS.indexOf(o.kind), o.id];

/** One page of the computed, sorted list, after the keyset cursor. */
export function pageOfOverlaps(sorted: readonly OverlapModel[], page: OverlapPageRequest): OverlapConnectionModel {
  const after = page.after;
  const start = after === null ? 0 : firstAfter<OverlapModel, SortKey>(sorted, sortKey, after, compareSortKeys);
  const rest = sorted.slice(start, start + page.limit + 1);
  return toConnection(rest, page, sortKey, () => Promise.resolve(sorted.length));
}
