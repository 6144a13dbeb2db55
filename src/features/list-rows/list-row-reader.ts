import type DataLoader from 'dataloader';
import type { z } from 'zod';

import { cypher, type CypherRef } from '../../db/cypher-registry';
import type { Database, Row } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import { LIST_LABELS, listKindOfLabel, type ListLabel } from '../../domain/list-kinds';
import { keyedLoader } from '../../shared/loader';

/**
 * The read side every kind of list shares: its rows by id as of a date, through the kind's
 * find-by-ids statement (ListKind.statements.findByIds), decoded with its model's schema. The
 * node(id:) resolver, the loaders and a reassignment impact's snapshot all read through it.
 * 各类清单共用的按标识读取。
 */
export interface ListRowReader<M extends { id: string }> {
  readonly label: ListLabel;
  readonly statement: CypherRef;
  /** The column find-by-ids returns the model in. */
  readonly column: string;
  readonly schema: z.ZodType<M>;
}

export function listRowReader<M extends { id: string }>(
  label: ListLabel,
  column: string,
  schema: z.ZodType<M>,
): ListRowReader<M> {
  return { label, statement: cypher(listKindOfLabel(label).statements.findByIds), column, schema };
}

/** Runs a statement: `Database.read` with an operation name, or a transaction's `run`. */
export type RunStatement = (ref: CypherRef, params: Record<string, unknown>) => Promise<Row[]>;

/** The rows among `ids` (in no particular order; missing ones left out) as of `asOf`. */
export async function readRowsByIds<M extends { id: string }>(
  reader: ListRowReader<M>,
  run: RunStatement,
  ids: readonly string[],
  asOf: string,
): Promise<M[]> {
  return decodeColumn(reader.statement, await run(reader.statement, { ids, asOf }), reader.column, reader.schema);
}

/** One value per kind of list, made from its label. */
export function perLabel<T>(make: (label: ListLabel) => T): Record<ListLabel, T> {
  const entries = LIST_LABELS.map((label) => [label, make(label)] as const);
  return Object.fromEntries(entries) as Record<ListLabel, T>;
}

/** The rows among `ids` as of `asOf`, in a transaction of their own. */
export function readRows<M extends { id: string }>(
  db: Database,
  reader: ListRowReader<M>,
  ids: readonly string[],
  asOf: string,
): Promise<M[]> {
  return readRowsByIds(reader, (ref, params) => db.read(`${reader.label}.byIds`, ref, params), ids, asOf);
}

/** A by-id loader for `reader`'s rows as of `today`, one round trip per batch. */
export function rowByIdLoader<M extends { id: string }>(
  reader: ListRowReader<M>,
  db: Database,
  today: string,
): DataLoader<string, M | null> {
  return keyedLoader(
    (ids) => readRows(db, reader, ids, today),
    (m) => m.id,
  );
}
