import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';

const STORE = cypher('import/powers-store-basis-levels');
const DONE = cypher('import/migration-done');

/** The marker of the one-time derivation of the basis level of rows stored before it was kept. */
const MIGRATION = 'basis-level';

/**
 * Stores `Power.basisLevel` on the rows written before the importer kept it (issue 18: `statistics`
 * grouped the rows by reading every row's long citations text on every request), in one
 * transaction, once per graph (`force`: again, for writers that bypass the importer). Derived data:
 * no row gets a new version. Returns the rows updated. 为旧数据补存依据效力层级（每个图一次）。
 */
export async function storePendingBasisLevels(db: Database, options: { force?: boolean } = {}): Promise<number> {
  return db.executeWrite('import.basisLevels', async (tx) => {
    const [row] = await tx.run(STORE, { migration: MIGRATION, force: options.force === true });
    await tx.run(DONE, { migration: MIGRATION });
    return Number(row?.['updated'] ?? 0);
  });
}
