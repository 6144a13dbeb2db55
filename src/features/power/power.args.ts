import { badInput } from '../../errors';
import type { PowerFilter } from '../../generated/graphql';
import { pageRequest, type PageRequest } from '../../shared/pagination';
import type { PowerCategoryValue, PowerFilterModel, PowerSortKey } from './power.model';

export interface PowerPageRequest extends PageRequest {
  after: PowerSortKey | null;
}

/** `first`/`after` of a power list; the cursor must be a power sort key (name, sub-item, id). */
export function powerPageRequest(first: number | null | undefined, after: string | null | undefined): PowerPageRequest {
  const page = pageRequest(first, after);
  if (page.after === null) return { limit: page.limit, after: null };
  const [name, sub, id, ...rest] = page.after;
  if (typeof name !== 'string' || typeof sub !== 'string' || typeof id !== 'string' || rest.length > 0) {
    throw badInput('after', after, '不是职权列表的游标', 'not a cursor of a power list');
  }
  return { limit: page.limit, after: [name, sub, id] };
}

const blankToNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The filter without its organization (handled by the caller, since it changes the query). */
export function powerFilter(filter: PowerFilter | null | undefined): PowerFilterModel {
  return {
    name: blankToNull(filter?.name),
    nameContains: blankToNull(filter?.nameContains),
    code: blankToNull(filter?.code),
    categories: filter?.categories ?? null,
  };
}

export function categoryFilter(category: PowerCategoryValue | null | undefined): PowerFilterModel {
  return { name: null, nameContains: null, code: null, categories: category ? [category] : null };
}
