import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { itemCodeKey, parseItemCode, type ItemCode } from '../../domain/item-codes';
import { runBatched } from '../write/batches';

const PENDING = cypher('import/code-parts-pending');
const STORE = cypher('import/powers-store-code-parts');
const DONE = cypher('import/migration-done');

/** The marker of the one-time parsing of codes stored before their parts were. */
const MIGRATION = 'item-code-parts';

/** What a Power stores of its code (事项编码): the normalised code and the parts of its layout, all null without a code. */
export interface StoredCodeParts {
  codeKey: string | null;
  codeLayout: string | null;
  codeArea: string | null;
  codeDepartment: string | null;
  codeType: string | null;
  codeItem: string | null;
  codeSubItem: string | null;
}

/** The stored parts of a code; `parsed` when the caller has parsed it already. */
export function storedCodeParts(
  code: string | null,
  parsed: ItemCode | null = code === null ? null : parseItemCode(code),
): StoredCodeParts {
  return {
    codeKey: code === null ? null : itemCodeKey(code),
    codeLayout: parsed?.layout ?? null,
    codeArea: parsed?.area ?? null,
    codeDepartment: parsed?.department ?? null,
    codeType: parsed?.type ?? null,
    codeItem: parsed?.item ?? null,
    codeSubItem: parsed?.subItem ?? null,
  };
}

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
