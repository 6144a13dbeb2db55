import type DataLoader from 'dataloader';
import type { z } from 'zod';

import { cypher, type CypherRef } from '../../db/cypher-registry';
import type { Database, Row } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import { LIST_LABELS, listKindOfLabel, type ListLabel } from '../../domain/list-kinds';
import { keyedLoader } from '../../shared/loader';

/** What every kind's model holds: its id, and the date it was read for (which versions of its powers). */
export interface ListRowBase {
  id: string;
  asOf: string;
}

/** The fields of M that hold one id (or none), and those that hold a list of ids. */
type IdField<M> = { [K in keyof M]-?: M[K] extends string | null ? K : never }[keyof M] & string;
type IdsField<M> = { [K in keyof M]-?: M[K] extends readonly string[] ? K : never }[keyof M] & string;

/** NOT_FOUND naming the row, for a relation the schema declares non-null that the data lacks. */
interface Required {
  readonly required?: { readonly zh: string; readonly en: string };
}

/**
 * A field of the kind's GraphQL type that follows ids of its row, to organizations or to powers: a
 * list of them, or one (null when none, or `required`). A power is the version the row's list had
 * (`listedAsOf`: the row's asOf). list-row.resolvers.ts resolves them, a compiled read's value first.
 */
export type ListRowRelation<M> =
  | { readonly organizations: IdsField<M> }
  | ({ readonly organization: IdField<M> } & Required)
  | { readonly powers: IdsField<M> }
  | ({ readonly power: IdField<M> } & Required);

/** A relation as the resolvers follow it: the GraphQL field, and the model field of its id or ids. */
export interface RelationField extends Required {
  readonly field: string;
  readonly to: 'organization' | 'power';
  readonly many: boolean;
  readonly ids: string;
}

function relationField<M>(field: string, relation: ListRowRelation<M>): RelationField {
  const common = { field, ...('required' in relation && relation.required ? { required: relation.required } : {}) };
  if ('organizations' in relation) return { ...common, to: 'organization', many: true, ids: relation.organizations };
  if ('powers' in relation) return { ...common, to: 'power', many: true, ids: relation.powers };
  if ('organization' in relation) return { ...common, to: 'organization', many: false, ids: relation.organization };
  return { ...common, to: 'power', many: false, ids: relation.power };
}

/**
 * The read side every kind of list shares: its rows by id as of a date, through the kind's
 * find-by-ids statement (ListKind.statements.findByIds), decoded with its model's schema. The
 * node(id:) resolver, the loaders and a reassignment impact's snapshot all read through it, and the
 * kind's GraphQL type gets its `id` and the `relations` named here (list-row.resolvers.ts).
 * 各类清单共用的按标识读取。
 */
export interface ListRowReader<M extends ListRowBase> {
  readonly label: ListLabel;
  readonly statement: CypherRef;
  /** The column find-by-ids returns the model in. */
  readonly column: string;
  readonly schema: z.ZodType<M>;
  /** The fields that follow the row's ids; a field that needs more is a resolver of the kind's own. */
  readonly relations: readonly RelationField[];
}

export function listRowReader<M extends ListRowBase>(
  label: ListLabel,
  column: string,
  schema: z.ZodType<M>,
  relations: Readonly<Record<string, ListRowRelation<M>>> = {},
): ListRowReader<M> {
  return {
    label,
    statement: cypher(listKindOfLabel(label).statements.findByIds),
    column,
    schema,
    relations: Object.entries(relations).map(([field, relation]) => relationField(field, relation)),
  };
}

/** Runs a statement: `Database.read` with an operation name, or a transaction's `run`. */
export type RunStatement = (ref: CypherRef, params: Record<string, unknown>) => Promise<Row[]>;

/** The rows among `ids` (in no particular order; missing ones left out) as of `asOf`. */
export async function readRowsByIds<M extends ListRowBase>(
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
export function readRows<M extends ListRowBase>(
  db: Database,
  reader: ListRowReader<M>,
  ids: readonly string[],
  asOf: string,
): Promise<M[]> {
  return readRowsByIds(reader, (ref, params) => db.read(`${reader.label}.byIds`, ref, params), ids, asOf);
}

/** A by-id loader for `reader`'s rows as of `today`, one round trip per batch. */
export function rowByIdLoader<M extends ListRowBase>(
  reader: ListRowReader<M>,
  db: Database,
  today: string,
): DataLoader<string, M | null> {
  return keyedLoader(
    (ids) => readRows(db, reader, ids, today),
    (m) => m.id,
  );
}
