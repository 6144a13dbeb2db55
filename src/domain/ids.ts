import { createHash } from 'node:crypto';

import { normalizeKey } from './text';

/**
 * Every hash the project writes: ids derived from content (rows, organizations, laws, findings,
 * overlaps, plan events) and the change log's chain. Each caller keeps its own input and length,
 * since the ids already stored depend on them; only this function computes a digest.
 * 项目中所有哈希的唯一来源。
 */
export function digest(text: string, options: { algorithm?: 'sha1' | 'sha256'; length?: number } = {}): string {
  const hex = createHash(options.algorithm ?? 'sha1')
    .update(text, 'utf8')
    .digest('hex');
  return options.length === undefined ? hex : hex.slice(0, options.length);
}

/** A short, stable hash of a JSON-serialisable value (object keys in insertion order). */
export function hashOf(value: unknown, length = 20): string {
  return digest(JSON.stringify(value), { length });
}

/** A row version's id: the same row, content and date give the same id on every database. */
export function rowId(prefix: string, identityKey: string, contentHash: string, validFrom: string): string {
  return `${prefix}-${hashOf([identityKey, contentHash, validFrom])}`;
}

/** The key of a PowerItem (the normalised power that rows are instances of): category, name and sub-item. */
export function powerItemKey(category: string, name: string, subName: string | null | undefined): string {
  return [category, normalizeKey(name), normalizeKey(subName ?? '')].join('|');
}
