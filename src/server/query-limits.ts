import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Introspection is bounded by the schema itself; its nesting (ofType { ofType ... }) is not counted. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION_ROOTS.has(selection.name.value)) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A cycle is reported by graphql's NoFragmentCycles rule; here it only must not loop.
      if (fragment === undefined || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

const limitError = (zh: string, en: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(`${zh} / ${en}`, { extensions });

/** Refuses operations nested deeper than `max` fields (fragments followed). 查询嵌套深度上限。 */
export function depthLimitRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            limitError(`查询嵌套深度 ${depth} 超过上限 ${max}`, `query depth ${depth} exceeds the limit of ${max}`, {
              limit: 'depth',
              max,
              actual: depth,
            }),
          );
        }
      },
    };
  };
}

/** Refuses documents with more than `max` aliases (alias floods multiply work). 别名数量上限。 */
export function aliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias !== undefined) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) {
            context.reportError(
              limitError(`别名数量 ${aliases} 超过上限 ${max}`, `${aliases} aliases exceed the limit of ${max}`, {
                limit: 'aliases',
                max,
                actual: aliases,
              }),
            );
          }
        },
      },
    };
  };
}
