import type { FieldNode } from 'graphql';

import type { PieceRef } from '../../db/cypher-registry';
import { UNCOVERED, type FieldCompiler, type FieldEnv, type FieldPlan } from './compile';

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

/** A count read by the statement, as a connection's `totalCount` wants it. */
export const countOf =
  (total: unknown): (() => Promise<number>) =>
  () =>
    Promise.resolve(Number(total));

/**
 * A field with one object (a relation the schema declares non-null): read in the statement, and
 * left to its resolver, which reports the fault, when the data lacks it.
 */
export const one =
  <M>(
    read: PieceRef,
    type: string,
    params: (env: FieldEnv) => Record<string, unknown> = () => ({}),
  ): FieldCompiler<M> =>
  (env): FieldPlan<M> => ({
    reads: [{ piece: read, params: params(env), target: { type, nodes: env.field.nodes, asOf: env.asOf } }],
    finish: ([rows]) => (rows as unknown[])[0] ?? UNCOVERED,
  });

/** A nullable field with one object (a parent, a division): null when the piece finds none, as its loader. */
export const optional =
  <M>(read: PieceRef, type: string): FieldCompiler<M> =>
  (env): FieldPlan<M> => ({
    reads: [{ piece: read, params: {}, target: { type, nodes: env.field.nodes, asOf: env.asOf } }],
    finish: ([rows]) => (rows as unknown[])[0] ?? null,
  });

/** A field with a list of objects, in the order the piece returns them. */
export const many =
  <M>(
    read: PieceRef,
    type: string,
    params: (env: FieldEnv) => Record<string, unknown> = () => ({}),
  ): FieldCompiler<M> =>
  (env): FieldPlan<M> => ({
    reads: [{ piece: read, params: params(env), target: { type, nodes: env.field.nodes, asOf: env.asOf } }],
    finish: ([rows]) => rows,
  });
