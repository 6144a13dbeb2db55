import DataLoader from 'dataloader';

/**
 * A DataLoader for one-to-many relations: one query per batch returning `[group, value]` pairs;
 * each key gets the values of its group in the order the query returned them, `[]` when it has
 * none. Keys may be objects: `keyId` turns a key into its cache key, which is also its group.
 * 一对多关系的 DataLoader：每批一次查询，结果按键的顺序返回。
 */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<ReadonlyArray<readonly [string, V]>>,
  keyId: (key: K) => string,
): DataLoader<K, V[], string> {
  return new DataLoader<K, V[], string>(
    async (keys) => {
      const groups = new Map<string, V[]>();
      for (const [group, value] of await fetch(keys)) {
        const list = groups.get(group);
        if (list) list.push(value);
        else groups.set(group, [value]);
      }
      return keys.map((key) => groups.get(keyId(key)) ?? []);
    },
    { cacheKeyFn: keyId },
  );
}
