import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { storedCodeParts } from '../../domain/item-codes';
import { runBatched } from '../write/batches';
import { MIGRATION_CHUNK, migrateInChunks } from './migration-chunks';

const PENDING = cypher('import/code-parts-pending');
const STORE = cypher('import/powers-store-code-parts');

/** The marker of the one-time parsing of codes stored before their parts were. */
const MIGRATION = 'item-code-parts';

/**
 * Stores the parts of the codes of rows written before the importer stored them (issue 17 §2),
 * once per graph (`force`: again), in transactions of a chunk of rows each (migrateInChunks).
 * Derived data: no row gets a new version. Returns the rows updated. 为旧数据补存事项编码的解析结果（每个图一次）。
 */
export async function storePendingCodeParts(
  db: Database,
  options: { force?: boolean; chunk?: number } = {},
): Promise<number> {
  return migrateInChunks(db, MIGRATION, options.force === true, async (tx, after) => {
    const [row] = await tx.run(PENDING, { after, limit: options.chunk ?? MIGRATION_CHUNK });
    const pending = Array.isArray(row?.['pending']) ? (row['pending'] as { id: unknown; code: unknown }[]) : [];
    const parts = pending.flatMap((p) => (typeof p.code === 'string' ? [{ id: String(p.id), ...storedCodeParts(p.code) }] : []));
    await runBatched(tx, STORE, parts);
    return { updated: parts.length, last: typeof row?.['last'] === 'string' ? row['last'] : null };
  });
}
