import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { MIGRATION_CHUNK, migrateInChunks } from './migration-chunks';

const STORE = cypher('import/powers-store-basis-levels');

/** The marker of the one-time derivation of the basis level of rows stored before it was kept. */
const MIGRATION = 'basis-level';

/**
 * Stores `Power.basisLevel` on the rows written before the importer kept it (issue 18: `statistics`
 * grouped the rows by reading every row's long citations text on every request), once per graph
 * (`force`: again, for writers that bypass the importer), in transactions of a chunk of rows each
 * (migrateInChunks). Derived data: no row gets a new version. Returns the rows updated.
 * 为旧数据补存依据效力层级（每个图一次）。
 */
export async function storePendingBasisLevels(
  db: Database,
  options: { force?: boolean; chunk?: number } = {},
): Promise<number> {
  return migrateInChunks(db, MIGRATION, options.force === true, async (tx, after) => {
    const [row] = await tx.run(STORE, { after, limit: options.chunk ?? MIGRATION_CHUNK });
    return { updated: Number(row?.['updated'] ?? 0), last: typeof row?.['last'] === 'string' ? row['last'] : null };
  });
}
