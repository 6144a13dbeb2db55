import { badInput } from '../../errors';
import type { PageRequest } from '../../shared/pagination';

/**
 * A page request of a connection nested under an organization, batched by a DataLoader: `key`
 * identifies the request (its cache key and its group in the batched query's result).
 * 机构下嵌套连接的分页请求，由 DataLoader 合并为一次查询。
 */
export interface OrganizationPageRequest<S extends string> {
  key: string;
  organizationId: string;
  side: S;
  asOf: string;
  limit: number;
  afterName: string | null;
  afterId: string | null;
}

export type OrganizationCountRequest<S extends string> = Omit<
  OrganizationPageRequest<S>,
  'limit' | 'afterName' | 'afterId'
>;

/** The (name, id) keyset of lists ordered by name; anything else is a forged cursor. */
export function nameIdCursor(page: PageRequest): { afterName: string | null; afterId: string | null } {
  if (page.after === null) return { afterName: null, afterId: null };
  const [name, id] = page.after;
  if (page.after.length !== 2 || typeof name !== 'string' || typeof id !== 'string') {
    throw badInput('after', page.after, '不是有效的游标', 'not a valid cursor');
  }
  return { afterName: name, afterId: id };
}

export function organizationPageRequest<S extends string>(
  organizationId: string,
  side: S,
  asOf: string,
  page: PageRequest,
): OrganizationPageRequest<S> {
  const cursor = nameIdCursor(page);
  const limit = page.limit + 1;
  const key = JSON.stringify([organizationId, side, asOf, limit, cursor.afterName, cursor.afterId]);
  return { key, organizationId, side, asOf, limit, ...cursor };
}

export function organizationCountRequest<S extends string>(
  organizationId: string,
  side: S,
  asOf: string,
): OrganizationCountRequest<S> {
  return { key: JSON.stringify([organizationId, side, asOf]), organizationId, side, asOf };
}
