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

/** Loads many by id through a batching loader, keeping the order and dropping ids with no row. */
export async function loadAll<V>(
  loader: Pick<DataLoader<string, V | null>, 'loadMany'>,
  ids: readonly string[],
): Promise<V[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is Awaited<V> => v !== null && !(v instanceof Error));
}
