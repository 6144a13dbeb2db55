import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { assertObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import type { z } from 'zod';

import type { Context } from '../../context';
import type { PieceRef } from '../../db/cypher-registry';
import { decodeRow } from '../../db/decode';
import {
  NESTED,
  nodeKey,
  paramName,
  rowPerObject,
  type RestoredRow,
  type ShapeNode,
  type StatementShape,
} from '../../db/statement-shape';
import { COMPILED } from '../../shared/compiled';

/**
 * The read compiler: from a root field's selection set to one statement (a StatementShape of
 * projection pieces), and from its one row back to the models the resolvers receive, each field
 * it covered already on its parent (src/shared/compiled.ts). What each type and field compile
 * to is written next to the feature (`<feature>.compiled.ts`); a field with no entry, or whose
 * entry declines its arguments, is left to its resolver and the loaders.
 * 读取编译器：把一个根字段的选择集编译为一条语句，再把结果还原为解析器所用的模型。
 */

/** One field as the request selects it on an object: merged over fragments, arguments coerced. */
export interface SelectedField {
  readonly responseKey: string;
  readonly name: string;
  readonly nodes: readonly FieldNode[];
  readonly args: Record<string, unknown>;
}

/** One piece read under the parent: objects of `target` (projected by its row piece), or a value. */
export interface Read {
  readonly piece: PieceRef;
  readonly params: Record<string, unknown>;
  readonly target?: Target;
}

export interface Target {
  readonly type: string;
  /** The field nodes whose selection applies to each object (a connection's `edges.node`). */
  readonly nodes: readonly FieldNode[];
  /** The date the objects are read for (a row's `asOf`, a power list's `listedAsOf`). */
  readonly asOf: string;
  /** Their row piece, when not the one their type chooses for the selection. */
  readonly row?: PieceRef;
}

/** What `finish` returns to leave the field to its resolver after all (e.g. a missing relation, whose error the resolver raises). */
export const UNCOVERED = Symbol('uncovered');

/** What a covered field reads, and how its reads become the resolver's value. */
export interface FieldPlan<M> {
  readonly reads: readonly Read[];
  finish(values: readonly unknown[], parent: M): unknown;
}

export interface FieldEnv {
  readonly ctx: Context;
  readonly field: SelectedField;
  /** The date the parent was read for. */
  readonly asOf: string;
  /** The sub-fields of the field's value of `type` (e.g. a connection's `edges`, then `node`). */
  subfields(type: string, nodes: readonly FieldNode[]): SelectedField[];
}

export type FieldCompiler<M> = (env: FieldEnv) => FieldPlan<M> | null;

/** A root field's reads and how their values become its resolver's value. */
export interface RootPlan<T> {
  readonly reads: readonly Read[];
  finish(values: readonly unknown[]): T;
}

/** A type the compiler can read: its model's schema, its row piece, its covered fields. */
export interface CompiledType<M> {
  readonly name: string;
  readonly schema: z.ZodType<M>;
  /** The row piece for the fields selected (a power's long texts only when one is asked). */
  row(selected: readonly SelectedField[]): PieceRef;
  readonly fields: Readonly<Record<string, FieldCompiler<M>>>;
  /** A narrower row for selections that stay within its fields (see BriefRow). */
  readonly brief?: BriefRow<M>;
}

/**
 * The few properties most selections read (a power's name, not its twenty other columns), projected
 * instead of the whole row when every field selected on the object is in `fields`. Each of those
 * fields reads only what `row` projects: its resolver (and the loaders' fallback behind it) and, for
 * a covered field, its plan; so does the parent's use of the objects (a connection's sort key). The
 * rest of the model is absent, never read. The equivalence suite selects such fields alone.
 * 简要行：所选字段都在 `fields` 内时只投影这些属性，其余属性不读取也不传输。
 */
export interface BriefRow<M> {
  /** GraphQL field names. */
  readonly fields: ReadonlySet<string>;
  readonly row: PieceRef;
  readonly schema: z.ZodType<Partial<M>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a catalogue of types of different models
export type TypeCatalogue = Readonly<Record<string, CompiledType<any>>>;

/** The type's brief row when every field selected is one it covers. */
function briefFor<M>(type: CompiledType<M>, selected: readonly SelectedField[]): BriefRow<M> | undefined {
  const brief = type.brief;
  return brief !== undefined && selected.every((f) => brief.fields.has(f.name)) ? brief : undefined;
}

interface CompiledNode {
  readonly shape: ShapeNode;
  decode(raw: unknown): unknown;
}

/** One request's compilation: numbers the shape's nodes and gathers their parameters. */
export class Compiler {
  private next = 0;
  readonly params: Record<string, unknown> = {};

  constructor(
    private readonly ctx: Context,
    private readonly info: GraphQLResolveInfo,
    private readonly types: TypeCatalogue,
    private readonly statement: string,
  ) {}

  subfields(type: string, nodes: readonly FieldNode[]): SelectedField[] {
    const { schema, fragments, variableValues } = this.info;
    const objectType = assertObjectType(schema.getType(type));
    const fields = objectType.getFields();
    return [...collectSubfields(schema, fragments, variableValues, objectType, nodes)].flatMap(
      ([responseKey, fieldNodes]) => {
        const name = fieldNodes[0]!.name.value;
        const definition = fields[name];
        if (definition === undefined) return []; // __typename
        return [
          { responseKey, name, nodes: fieldNodes, args: getArgumentValues(definition, fieldNodes[0]!, variableValues) },
        ];
      },
    );
  }

  /** A field's plan; null when uncovered, or when its arguments fail (its resolver then says why, at its path). */
  private plan<M>(compile: FieldCompiler<M> | undefined, field: SelectedField, asOf: string): FieldPlan<M> | null {
    if (compile === undefined) return null;
    try {
      return compile({ ctx: this.ctx, field, asOf, subfields: (t, n) => this.subfields(t, n) });
    } catch {
      return null;
    }
  }

  /** The shape node of one read, and how its value (a list of rows, or a value) is decoded. */
  node(read: Read): CompiledNode {
    const id = ++this.next;
    for (const [name, value] of Object.entries(read.params)) this.params[paramName({ id }, name)] = value;
    const target = read.target;
    if (target === undefined)
      return { shape: { id, piece: read.piece, row: null, children: [] }, decode: (raw) => raw };
    const type = this.types[target.type];
    if (type === undefined) throw new Error(`compiled read: no compiled type ${target.type}`);
    const selected = this.subfields(target.type, target.nodes);
    const brief = target.row === undefined ? briefFor(type, selected) : undefined;
    const covered = selected.flatMap((field) => {
      const plan = this.plan(type.fields[field.name], field, target.asOf);
      return plan ? [{ field, plan, nodes: plan.reads.map((r) => this.node(r)) }] : [];
    });
    const shape: ShapeNode = {
      id,
      piece: read.piece,
      row: target.row ?? brief?.row ?? type.row(selected),
      children: covered.flatMap((c) => c.nodes.map((n) => n.shape)),
    };
    const ref = { name: this.statement };
    const decodeOne = (raw: unknown, index: number): unknown => {
      // The row's own columns; its nested reads are kept apart from them (statement-shape.ts).
      const row = raw as RestoredRow;
      const model = decodeRow(ref, row, brief?.schema ?? type.schema, index) as object;
      const nested = row[NESTED] ?? {};
      const values = new Map<string, unknown>();
      for (const c of covered) {
        const childValues = c.nodes.map((n) => n.decode(nested[nodeKey(n.shape)]));
        const value = c.plan.finish(childValues, model);
        if (value !== UNCOVERED) values.set(c.field.responseKey, value);
      }
      return Object.assign(model, { [COMPILED]: values });
    };
    return { shape, decode: (raw) => (raw as unknown[]).map(decodeOne) };
  }

  /** The root field being resolved, as a field compiler sees its field. */
  rootEnv(): FieldEnv {
    const info = this.info;
    const definition = info.parentType.getFields()[info.fieldName]!;
    const field: SelectedField = {
      responseKey: String(info.path.key),
      name: info.fieldName,
      nodes: info.fieldNodes,
      args: getArgumentValues(definition, info.fieldNodes[0]!, info.variableValues),
    };
    return { ctx: this.ctx, field, asOf: this.ctx.today, subfields: (t, n) => this.subfields(t, n) };
  }

  /** Runs the reads as one statement; the decoded value of each, in order. */
  async run(reads: readonly Read[]): Promise<unknown[]> {
    const nodes = reads.map((r) => this.node(r));
    const shape: StatementShape = { name: this.statement, children: nodes.map((n) => n.shape) };
    const rows = await this.ctx.db.readShape(this.statement, shape, this.params);
    if (rowPerObject(shape)) return [nodes[0]!.decode(rows.map((r) => r['row']))];
    const root = (rows[0]?.['root'] ?? {}) as Record<string, unknown>;
    return nodes.map((n) => n.decode(root[nodeKey(n.shape)]));
  }

  /** The shape of the reads, for EXPLAIN in tests. */
  shape(reads: readonly Read[]): StatementShape {
    return { name: this.statement, children: reads.map((r) => this.node(r).shape) };
  }
}
