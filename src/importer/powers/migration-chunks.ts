import { cypher } from '../../db/cypher-registry';
import type { Database, Tx } from '../../db/database';

const DONE = cypher('import/migration-done');
const STARTED = cypher('import/migration-pending');

/** Rows per transaction of a one-time data step: a province has a million powers. */
export const MIGRATION_CHUNK = 10_000;

/**
 * A one-time data step over the rows of a graph (a Migration marker names it), run in
 * transactions of at most `MIGRATION_CHUNK` rows in id order, so a province's million powers never
 * make one transaction. `step` handles the rows with ids after `after` (up to the chunk size) in
 * `tx` and returns how many it updated and the last id it looked at (null when none was left). The
 * steps write derived data idempotently, so a step cut short is taken up again on the next start;
 * the marker is set only after the last one. `force`: again, although the marker is set. Returns
 * the rows updated. 分批执行的一次性数据补全。
 */
export async function migrateInChunks(
  db: Database,
  migration: string,
  force: boolean,
  step: (tx: Tx, after: string) => Promise<{ updated: number; last: string | null }>,
): Promise<number> {
  const [pending] = await db.read(`migration.${migration}`, STARTED, { migration });
  if (pending?.['done'] === true && !force) return 0;
  let updated = 0;
  let after = '';
  for (;;) {
    const chunk = await db.executeWrite(`migration.${migration}`, (tx) => step(tx, after));
    updated += chunk.updated;
    if (chunk.last === null) break;
    after = chunk.last;
  }
  await db.write(`migration.${migration}`, DONE, { migration });
  return updated;
}
