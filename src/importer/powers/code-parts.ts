import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { storedCodeParts } from '../../domain/item-codes';
import { runBatched } from '../write/batches';

const PENDING = cypher('import/code-parts-pending');
const STORE = cypher('import/powers-store-code-parts');
const DONE = cypher('import/migration-done');

/** The marker of the one-time parsing of codes stored before their parts were. */
const MIGRATION = 'item-code-parts';

/**
 * Stores the parts of the codes of rows written before the importer stored them (issue 17 §2), in
 * one transaction, once per graph (`force`: again). Derived data: no row gets a new version.
 * Returns the rows updated. 为旧数据补存事项编码的解析结果（每个图一次）。
 */
export async function storePendingCodeParts(db: Database, options: { force?: boolean } = {}): Promise<number> {
  return db.executeWrite('import.codeParts', async (tx) => {
    const rows = await tx.run(PENDING, { migration: MIGRATION, force: options.force === true });
    const parts = rows.flatMap((row) => {
      const code = row['code'];
      return typeof code === 'string' ? [{ id: String(row['id']), ...storedCodeParts(code) }] : [];
    });
    await runBatched(tx, STORE, parts);
    await tx.run(DONE, { migration: MIGRATION });
    return parts.length;
  });
}
