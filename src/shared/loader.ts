import DataLoader from 'dataloader';

/**
 * A DataLoader that honours the batch contract: results in the order and length of the keys,
 * `null` for keys with no row. One query per batch (`UNWIND $ids`).
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map<K, V>();
    for (const value of await fetch(keys)) found.set(keyOf(value), value);
    return keys.map((key) => found.get(key) ?? null);
  });
}
