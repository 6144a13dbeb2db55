import type { CypherRef } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';

// bench/ imports hashOf from here.
export { hashOf } from '../../domain/ids';

export const BATCH_SIZE = 1000;

/** Runs a `UNWIND $rows` statement over rows in batches, inside the caller's transaction. */
export async function runBatched(
  tx: Tx,
  ref: CypherRef,
  rows: readonly unknown[],
  params: Record<string, unknown> = {},
  size = BATCH_SIZE,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await tx.run(ref, { ...params, rows: rows.slice(start, start + size) });
  }
}

/** The day before an ISO date: a replaced row ends the day before its successor starts. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
