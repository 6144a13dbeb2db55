import { badInput } from '../errors';

/**
 * Relay connections over keyset cursors. A cursor carries the sort key of the last row seen
 * (never an offset), so inserts and deletes before it do not shift the next page.
 * 基于键集的 Relay 分页：游标记录最后一行的排序键而非偏移量。
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export type SortKey = readonly (string | number)[];

export interface PageRequest {
  limit: number;
  after: SortKey | null;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(
      'first',
      first,
      `须为 0 到 ${MAX_PAGE_SIZE} 之间的整数`,
      `must be an integer from 0 to ${MAX_PAGE_SIZE}`,
    );
  }
  return { limit, after: after == null ? null : decodeCursor(after) };
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return value;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', cursor, '不是有效的游标', 'not a valid cursor');
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Computed only when the client asks for it: a count query, never by loading rows. */
  totalCount: () => Promise<number>;
}

/** An edge whose cursor is encoded when it is read: most reads of a page select no cursor but the last. */
class PageEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly keyOf: (row: T) => SortKey,
  ) {}

  get cursor(): string {
    return encodeCursor(this.keyOf(this.node));
  }
}

/**
 * Builds a connection from `limit + 1` fetched rows (the extra row only tells whether a next page exists).
 */
export function toConnection<T>(
  rows: T[],
  request: PageRequest,
  keyOf: (row: T) => SortKey,
  totalCount: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, request.limit);
  const edges = page.map((node) => new PageEdge(node, keyOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.limit,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Sort keys element by element: numbers as numbers, strings by code unit, as the listing is sorted. */
export function compareSortKeys(key: SortKey, cursor: SortKey): number {
  for (let i = 0; i < Math.max(key.length, cursor.length); i += 1) {
    const a = key[i];
    const b = cursor[i];
    if (a === b) continue;
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    return a < b ? -1 : 1;
  }
  return 0;
}
