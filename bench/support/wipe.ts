import { cypher } from '../../src/db/cypher-registry';
import type { Database } from '../../src/db/database';

const WIPE = cypher('bench/wipe');

/** Benchmarks only, behind an explicit --reset: empties the database. */
export async function wipeGraph(db: Database): Promise<void> {
  await db.runAutoCommit('bench.wipe', WIPE);
}
