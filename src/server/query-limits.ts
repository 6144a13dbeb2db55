import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Limits on the shape of a document, checked at validation time (cached per document by Apollo). */
export interface ShapeLimits {
  /** Deepest field nesting, fragments followed, `__typename` not counted. */
  depth: number;
  /** Deepest nesting under `__schema`/`__type` (the standard introspection query is 13). */
  introspectionDepth: number;
  /** Aliases in the operation with every fragment spread expanded. */
  aliases: number;
  /** Fields selected at the root of the operation, fragments expanded. */
  rootFields: number;
  /** Directives in the expanded operation. */
  directives: number;
}

/** What an operation or a fragment adds, as if every spread inside it were written out. */
interface Shape {
  depth: number;
  introspectionDepth: number;
  aliases: number;
  rootFields: number;
  directives: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
const EMPTY: Shape = { depth: 0, introspectionDepth: 0, aliases: 0, rootFields: 0, directives: 0 };

class FragmentCycle extends Error {}

/**
 * Measures operations in time linear in the document: each fragment is measured once and its
 * shape reused at every spread, so nested spreads (a fragment spreading another twice, ten levels
 * down) cost ten measurements, not 2^10 walks. Expanded counts grow like the expansion would, which
 * is exactly what the limits are for. 每个片段只计算一次，耗时与文档长度成正比。
 */
class ShapeMeter {
  private readonly memo = new Map<string, Shape>();
  private readonly visiting = new Set<string>();

  constructor(private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  operation(operation: OperationDefinitionNode): Shape {
    return this.selectionSet(operation.selectionSet, true);
  }

  private fragment(name: string): Shape {
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    const definition = this.fragments.get(name);
    if (definition === undefined) return EMPTY; // KnownFragmentNames reports it.
    if (this.visiting.has(name)) throw new FragmentCycle(name);
    this.visiting.add(name);
    const shape = this.selectionSet(definition.selectionSet, false);
    this.visiting.delete(name);
    this.memo.set(name, shape);
    return shape;
  }

  /** `atRoot`: the selections are the operation's own root fields (an inline fragment keeps the level). */
  private selectionSet(set: SelectionSetNode | undefined, atRoot: boolean): Shape {
    const total: Shape = { ...EMPTY };
    if (set === undefined) return total;
    for (const selection of set.selections) {
      total.directives += selection.directives?.length ?? 0;
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const child = this.selectionSet(selection.selectionSet, false);
        const counted = selection.name.value !== '__typename';
        inner = {
          depth: INTROSPECTION_ROOTS.has(selection.name.value) ? 0 : child.depth + (counted ? 1 : 0),
          introspectionDepth: INTROSPECTION_ROOTS.has(selection.name.value)
            ? Math.max(child.depth, child.introspectionDepth) + 1
            : child.introspectionDepth,
          aliases: child.aliases + (selection.alias === undefined ? 0 : 1),
          rootFields: 1,
          directives: child.directives,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.selectionSet(selection.selectionSet, atRoot);
      } else {
        inner = this.fragment(selection.name.value);
        // A fragment's root fields are root fields only when it is spread at the root.
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.introspectionDepth = Math.max(total.introspectionDepth, inner.introspectionDepth);
      total.aliases += inner.aliases;
      total.rootFields += inner.rootFields;
      total.directives += inner.directives;
    }
    return total;
  }
}

const limitError = (zh: string, en: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(`${zh} / ${en}`, { extensions });

const LIMIT_NAMES: Record<keyof ShapeLimits, { zh: string; en: string }> = {
  depth: { zh: '查询嵌套深度', en: 'query depth' },
  introspectionDepth: { zh: '内省查询嵌套深度', en: 'introspection depth' },
  aliases: { zh: '别名数量', en: 'aliases' },
  rootFields: { zh: '根字段数量', en: 'root fields' },
  directives: { zh: '指令数量', en: 'directives' },
};

/**
 * Depth, introspection depth, aliases, root fields and directives of every operation (the
 * expanded size is Apollo's own `maxRecursiveSelections`), in one rule that fails closed: any error inside it (a fragment cycle, a bug) refuses
 * the document instead of letting it through. 查询形状限制；内部出错时拒绝而不是放行。
 */
export function shapeLimitRule(limits: ShapeLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const meter = new ShapeMeter(fragments);
    return {
      OperationDefinition(operation) {
        let shape: Shape;
        try {
          shape = meter.operation(operation);
        } catch (error) {
          context.reportError(
            limitError(
              '无法核算查询的形状（片段循环引用？）',
              `the query's shape could not be measured${error instanceof FragmentCycle ? ' (fragment cycle)' : ''}`,
              { limit: 'shape' },
            ),
          );
          return;
        }
        for (const key of Object.keys(LIMIT_NAMES) as (keyof ShapeLimits)[]) {
          const actual = shape[key];
          const max = limits[key];
          if (actual > max) {
            const name = LIMIT_NAMES[key];
            context.reportError(
              limitError(`${name.zh} ${actual} 超过上限 ${max}`, `${name.en}: ${actual} exceeds the limit of ${max}`, {
                limit: key,
                max,
                actual,
              }),
            );
          }
        }
      },
    };
  };
}
