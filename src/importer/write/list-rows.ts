import { basename } from 'node:path';

import { z } from 'zod';

import { cypher, kindStatement, type CypherRef } from '../../db/cypher-registry';
import type { Database, Tx } from '../../db/database';
import { decodeRows, maybeTexts, text } from '../../db/decode';
import type { ImportSummary } from '../summary';
import { dayBefore, runBatched } from './batches';
import { hashOf } from '../../domain/ids';
import { CATALOG_KIND } from '../../domain/catalog';
import { LIST_KINDS, type VersionedRowKind } from '../../domain/list-kinds';
import { ensureReferenced, type OrganizationReference } from './referenced-organizations';
import { writeImportChangeSet } from '../../domain/change-set/change-set';

const RETIRE = cypher('import/list-rows-retire');
const LIST_CREATE = cypher('import/list-version-create');
const LIST_CONTAINS = cypher('import/list-version-contains');

/** Each kind's `per-kind/current` (the rows of the latest list of each scope organization) and upsert; a catalog's own current statement. */
const STATEMENTS: ReadonlyMap<string, { current: CypherRef; upsert: CypherRef }> = new Map(
  [
    ...LIST_KINDS.map((k): [string, { current: CypherRef; upsert: CypherRef }] => [
      k.name,
      { current: kindStatement('current', k), upsert: cypher(k.statements.upsert) },
    ]),
    [CATALOG_KIND.name, { current: cypher(CATALOG_KIND.statements.current), upsert: cypher(CATALOG_KIND.statements.upsert) }],
  ],
);

/** One row version of a list ready to write. */
export interface ListRow {
  id: string;
  /** Stable across re-publications of the list: what a newer list is compared by. */
  identityKey: string;
  contentHash: string;
  /** The organizations that scope the row (its township, its whistlers, its department). */
  scopeKeys: string[];
  sourceSheet: string;
  sourceRow: number;
}

export interface ListWrite<R extends ListRow> {
  kind: VersionedRowKind;
  rows: readonly R[];
  /** Organizations the rows name that the graph lacks: created by reference. */
  missing: readonly OrganizationReference[];
  issuerKey: string | null;
  file: string;
  /** The list's remark: a footnote at the end of its table (issue 17 §4), or null. */
  remarks: string | null;
  validFrom: string;
  divisionCode: string | null;
  dryRun: boolean;
  /**
   * Rows were rejected (--skip-invalid): a rejected row may still be in the list, so nothing is
   * retired for having disappeared; changed rows are still versioned.
   */
  partial: boolean;
  onProgress?: (done: number, total: number) => void;
  /** More work in the same transaction, after the rows and before the change set (a catalog's matches). */
  alsoWrite?: (tx: Tx) => Promise<void>;
}

const CURRENT_ROW = z.object({ identityKey: text, id: text, contentHash: text, scopeKeys: maybeTexts });
type CurrentRow = z.infer<typeof CURRENT_ROW>;

/**
 * Writes one list (ADR 0001, Versions): rows are compared by identityKey with the latest list of
 * each organization they are scoped by. Same contentHash: unchanged (the new ListVersion also
 * CONTAINS it); different: the old version gets validTo = validFrom - 1 day and a new version is
 * written; rows of those lists missing from this one get the same validTo when every organization
 * they are scoped by is covered by this list. Nothing is deleted. A list that changes nothing
 * writes nothing (the same file twice is a no-op).
 */
export async function writeList<R extends ListRow>(
  db: Database,
  summary: ImportSummary,
  list: ListWrite<R>,
): Promise<void> {
  const { listType, label } = list.kind;
  const statements = STATEMENTS.get(list.kind.name)!;
  summary.createdOrganizations = list.missing.map((o) => o.name);
  const covered = new Set(list.rows.flatMap((r) => r.scopeKeys));
  const currentRows = await db.read(`import.${listType.toLowerCase()}.current`, statements.current, {
    keys: [...covered],
  });
  const current = new Map<string, CurrentRow>();
  for (const r of decodeRows(statements.current, currentRows, CURRENT_ROW)) {
    if (!current.has(r.identityKey)) current.set(r.identityKey, r);
  }
  const fresh: R[] = [];
  const keep: { id: string }[] = [];
  const ended: { id: string }[] = [];
  for (const row of list.rows) {
    const old = current.get(row.identityKey);
    current.delete(row.identityKey);
    if (old?.contentHash === row.contentHash) {
      keep.push({ id: old.id });
      summary.unchanged += 1;
      continue;
    }
    fresh.push(row);
    if (old) {
      ended.push({ id: old.id });
      summary.updated += 1;
    } else {
      summary.created += 1;
    }
  }
  const retired = list.partial ? [] : [...current.values()].filter((r) => r.scopeKeys.every((k) => covered.has(k)));
  summary.retired = retired.length;
  if (fresh.length + retired.length + list.missing.length === 0 || list.dryRun) return;

  const listHash = hashOf([listType, list.rows.map((r) => [r.identityKey, r.contentHash]).sort()]);
  const listId = `lv-${hashOf([listType, list.issuerKey, [...covered].sort(), listHash, list.validFrom])}`;
  const sourceFile = basename(list.file);
  await db.executeWrite(`import.${listType.toLowerCase()}`, async (tx) => {
    await ensureReferenced(tx, list.missing, list.divisionCode);
    await runBatched(tx, RETIRE, [...ended, ...retired.map((r) => ({ id: r.id }))], {
      label,
      validTo: dayBefore(list.validFrom),
    });
    for (let start = 0; start < fresh.length; start += 500) {
      await tx.run(statements.upsert, { rows: fresh.slice(start, start + 500) });
      list.onProgress?.(Math.min(start + 500, fresh.length), fresh.length);
    }
    await tx.run(LIST_CREATE, {
      listId,
      listType,
      contentHash: listHash,
      sourceFile,
      validFrom: list.validFrom,
      issuerKey: list.issuerKey,
      remarks: list.remarks,
    });
    await runBatched(tx, LIST_CONTAINS, [...keep, ...fresh.map((r) => ({ id: r.id }))], { listId, label });
    await list.alsoWrite?.(tx);
    await writeImportChangeSet(tx, {
      listId,
      listType,
      file: list.file,
      validFrom: list.validFrom,
      summary,
      changedIds: [...ended, ...retired, ...fresh].map((r) => r.id),
    });
  });
  summary.written = true;
}

/** Rows of one file that come out as the same row (same identityKey): every later one is a duplicate. */
export function duplicateRows<R extends ListRow>(rows: readonly R[]): { row: R; first: R }[] {
  const seen = new Map<string, R>();
  const out: { row: R; first: R }[] = [];
  for (const row of rows) {
    const first = seen.get(row.identityKey);
    if (first === undefined) seen.set(row.identityKey, row);
    else out.push({ row, first });
  }
  return out;
}
