import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The equivalence corpus of the compiled reads (issue 15), generated from the schema: from each
 * root, every field reachable within `depth` levels, each in a query of its own (selected with
 * every scalar of each level on the way), once without `asOf` and once with it on every field
 * that takes one; the roots add their filters and cursors. The compiled path and the loaders must
 * answer each with the same JSON (test/integration/compiled-equivalence.test.ts).
 * 由模式生成的等价性语料：编译路径与加载器路径须返回相同的 JSON。
 */
export interface CorpusQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface CorpusRoot {
  name: string;
  type: string;
  /** The root field around a selection of `type`. */
  wrap: (selection: string) => string;
  /** The variables the root's text declares, as `$name: Type` entries, and their values. */
  declarations: string;
  variables: Record<string, unknown>;
}

export interface CorpusOptions {
  depth: number;
  /** `asOf` of the dated variant. */
  asOf: string;
  /** `first` of every nested connection, kept small so deep queries stay cheap. */
  first: number;
  /** Extra arguments of a field, by `Type.field` (filters such as a power category). */
  extraArgs?: Record<string, string>;
  /** The scalars selected at each level of a type, when not every one (undefined: every one). */
  scalarsOf?: (type: GraphQLObjectType) => readonly string[] | undefined;
}

const isConnection = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();

/** Fields any query can select: no required argument without a default. */
const selectable = (field: GraphQLField<unknown, unknown>): boolean =>
  field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

function allScalars(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => selectable(f) && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
}

const scalars = (type: GraphQLObjectType, options: CorpusOptions): readonly string[] =>
  options.scalarsOf?.(type) ?? allScalars(type);

function args(
  owner: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  dated: boolean,
  options: CorpusOptions,
): string {
  const parts: string[] = [];
  const names = new Set(field.args.map((a) => a.name));
  if (names.has('asOf') && dated) parts.push(`asOf: "${options.asOf}"`);
  if (names.has('first')) parts.push(`first: ${options.first}`);
  const extra = options.extraArgs?.[`${owner.name}.${field.name}`];
  if (extra !== undefined) parts.push(extra);
  return parts.length === 0 ? '' : `(${parts.join(', ')})`;
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** The selection of a value of `type` with `inner` inside (at its node, for a connection). */
function around(schema: GraphQLSchema, type: GraphQLNamedType, inner: string, options: CorpusOptions): string {
  if (isConnection(type)) {
    const node = getNamedType(
      (getNamedType(type.getFields()['edges']!.type) as GraphQLObjectType).getFields()['node']!.type,
    );
    return `{ totalCount ${PAGE_INFO} edges { cursor node ${around(schema, node, inner, options)} } }`;
  }
  if (isAbstractType(type)) {
    const kinds = schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${scalars(t, options).join(' ')} }`)
      .join(' ');
    return `{ __typename ${kinds} }`;
  }
  if (isObjectType(type)) return `{ __typename ${scalars(type, options).join(' ')} ${inner} }`;
  return '';
}

interface Step {
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

/** The object type a field leads to (a connection's node type), or null for leaves and abstract types. */
function next(type: GraphQLNamedType): GraphQLObjectType | null {
  if (isConnection(type)) {
    const node = getNamedType(
      (getNamedType(type.getFields()['edges']!.type) as GraphQLObjectType).getFields()['node']!.type,
    );
    return isObjectType(node) ? node : null;
  }
  return isObjectType(type) ? type : null;
}

function selection(schema: GraphQLSchema, path: readonly Step[], dated: boolean, options: CorpusOptions): string {
  let inner = '';
  for (const { owner, field } of [...path].reverse()) {
    inner = `${field.name}${args(owner, field, dated, options)} ${around(schema, getNamedType(field.type), inner, options)}`;
  }
  return inner;
}

/** Every field reachable from each root within the depth, by its shortest path, both without and with `asOf`. */
export function generateCorpus(
  schema: GraphQLSchema,
  roots: readonly CorpusRoot[],
  options: CorpusOptions,
): CorpusQuery[] {
  const queries: CorpusQuery[] = [];
  for (const root of roots) {
    const start = schema.getType(root.type);
    if (!isObjectType(start)) throw new Error(`corpus root ${root.name}: ${root.type} is no object type`);
    const seen = new Set<string>();
    let level: { type: GraphQLObjectType; path: Step[] }[] = [{ type: start, path: [] }];
    for (let depth = 1; depth <= options.depth && level.length > 0; depth += 1) {
      const following: typeof level = [];
      for (const { type, path } of level) {
        for (const field of Object.values(type.getFields())) {
          const key = `${type.name}.${field.name}`;
          if (seen.has(key) || !selectable(field) || isLeafType(getNamedType(field.type))) continue;
          seen.add(key);
          const steps = [...path, { owner: type, field }];
          const dated =
            field.args.some((a) => a.name === 'asOf') || steps.some((s) => s.field.args.some((a) => a.name === 'asOf'));
          for (const variant of dated ? [false, true] : [false]) {
            const inner = `__typename ${scalars(start, options).join(' ')} ${selection(schema, steps, variant, options)}`;
            queries.push({
              name: `${root.name} › ${steps.map((s) => s.field.name).join('.')}${variant ? ` (asOf ${options.asOf})` : ''}`,
              query: `query Corpus${root.declarations ? `(${root.declarations})` : ''} { ${root.wrap(inner)} }`,
              variables: root.variables,
            });
          }
          const target = next(getNamedType(field.type));
          if (target !== null) following.push({ type: target, path: steps });
        }
      }
      level = following;
    }
  }
  return queries;
}
