import type { FieldNode } from 'graphql';

import type { PieceRef } from '../../db/cypher-registry';
import { toConnection, type Connection, type PageRequest, type SortKey } from '../../shared/pagination';
import { UNCOVERED, type FieldCompiler, type FieldEnv, type Read } from './compile';

/** What a connection field selects: its nodes' selection (`edges { node }`) and whether `totalCount`. */
export function connectionSelection(
  env: FieldEnv,
  connectionType: string,
): { nodes: FieldNode[]; totalCount: boolean } {
  const fields = env.subfields(connectionType, env.field.nodes);
  const edgeType = connectionType.replace(/Connection$/u, 'Edge');
  const nodes = fields
    .filter((f) => f.name === 'edges')
    .flatMap((edges) => env.subfields(edgeType, edges.nodes))
    .filter((f) => f.name === 'node')
    .flatMap((node) => node.nodes);
  return { nodes, totalCount: fields.some((f) => f.name === 'totalCount') };
}

/** The field nodes of the sub-fields named `name` (all their aliases), e.g. a citation's `provision`. */
export function subfieldNodes(env: FieldEnv, type: string, name: string): FieldNode[] {
  return env
    .subfields(type, env.field.nodes)
    .filter((f) => f.name === name)
    .flatMap((f) => f.nodes);
}

/** One page of a connection and, when `totalCount` is selected, its count, both in the statement. */
export interface PageSpec<M> {
  /** The connection's GraphQL type, e.g. `PowerConnection`. */
  connection: string;
  /** The type of its nodes, read for `asOf`. */
  type: string;
  asOf: string;
  page: PieceRef;
  count: PieceRef;
  /** The page piece's parameters but `limit` (the request's plus one); the count takes them too. */
  params: Record<string, unknown>;
  request: PageRequest;
  keyOf: (row: M) => SortKey;
  /** What the loaders' path does to each row (a power list's `listedAsOf`). */
  row?: (row: M) => M;
}

/** A connection as its resolver builds it (toConnection), `countOtherwise` when the count was not read. */
export function pagePlan<M>(
  env: FieldEnv,
  spec: PageSpec<M>,
): { reads: Read[]; connection(values: readonly unknown[], countOtherwise: () => Promise<number>): Connection<M> } {
  const selection = connectionSelection(env, spec.connection);
  const reads: Read[] = [
    {
      piece: spec.page,
      params: { ...spec.params, limit: spec.request.limit + 1 },
      target: { type: spec.type, nodes: selection.nodes, asOf: spec.asOf },
    },
  ];
  if (selection.totalCount) reads.push({ piece: spec.count, params: spec.params });
  return {
    reads,
    connection: ([rows, total], countOtherwise) => {
      const models = rows as M[];
      return toConnection(
        spec.row ? models.map(spec.row) : models,
        spec.request,
        spec.keyOf,
        total === undefined ? countOtherwise : () => Promise.resolve(Number(total)),
      );
    },
  };
}

type Params = (env: FieldEnv) => Record<string, unknown>;
const none: Params = () => ({});

/** A field reading objects of `type` through one piece; `finish` makes the field's value of their list. */
const through =
  <M>(read: PieceRef, type: string, params: Params, finish: (rows: unknown[]) => unknown): FieldCompiler<M> =>
  (env) => ({
    reads: [{ piece: read, params: params(env), target: { type, nodes: env.field.nodes, asOf: env.asOf } }],
    finish: ([rows]) => finish(rows as unknown[]),
  });

/**
 * A field with one object (a relation the schema declares non-null): read in the statement, and
 * left to its resolver, which reports the fault, when the data lacks it.
 */
export const one = <M>(read: PieceRef, type: string, params: Params = none): FieldCompiler<M> =>
  through(read, type, params, (rows) => rows[0] ?? UNCOVERED);

/** A nullable field with one object (a parent, a division): null when the piece finds none, as its loader. */
export const optional = <M>(read: PieceRef, type: string): FieldCompiler<M> =>
  through(read, type, none, (rows) => rows[0] ?? null);

/** A field with a list of objects, in the order the piece returns them. */
export const many = <M>(read: PieceRef, type: string, params: Params = none): FieldCompiler<M> =>
  through(read, type, params, (rows) => rows);
