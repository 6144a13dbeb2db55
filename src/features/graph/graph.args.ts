import { badInput } from '../../errors';
import { fromGlobalId, NODE_TYPES, type NodeType } from '../../shared/global-id';

export const MAX_DEPTH = 3;
export const MAX_LIMIT = 2000;
export const MAX_IDS = 100;

/** Validates `depth` (0 to 3). */
export function graphDepth(value: number | null | undefined): number {
  const depth = value ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw badInput('depth', value, `须为 0 到 ${MAX_DEPTH} 之间的整数`, `must be an integer from 0 to ${MAX_DEPTH}`);
  }
  return depth;
}

/** Validates `limit` (1 to 2000). */
export function graphLimit(value: number | null | undefined): number {
  const limit = value ?? 500;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badInput('limit', value, `须为 1 到 ${MAX_LIMIT} 之间的整数`, `must be an integer from 1 to ${MAX_LIMIT}`);
  }
  return limit;
}

/** Decodes the start ids into local ids per node type (a malformed id is BAD_USER_INPUT). */
export function graphSeeds(ids: readonly string[]): Record<NodeType, string[]> {
  if (ids.length > MAX_IDS) {
    throw badInput('ids', ids.length, `最多 ${MAX_IDS} 个`, `at most ${MAX_IDS} ids`);
  }
  const seeds = Object.fromEntries(NODE_TYPES.map((t) => [t, [] as string[]])) as Record<NodeType, string[]>;
  for (const id of ids) {
    const { type, localId } = fromGlobalId(id, 'ids');
    seeds[type].push(localId);
  }
  return seeds;
}

/** Validates a division code (digits, as the divisions' codes are). */
export function graphDivisionCode(value: string): string {
  const code = value.trim();
  if (!/^\d{2,12}$/u.test(code)) {
    throw badInput('divisionCode', value, '须为 2 到 12 位数字的行政区划代码', 'must be a division code of 2 to 12 digits');
  }
  return code;
}
