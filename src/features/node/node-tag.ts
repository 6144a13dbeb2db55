import type { NodeType } from '../../shared/global-id';

/**
 * Anything returned where the schema says `Node` is tagged with its GraphQL type, because the
 * internal models do not carry one. 返回 Node 时标注其 GraphQL 类型。
 */
const typeTag = Symbol('nodeType');
export type Tagged<T> = T & { [typeTag]: NodeType };

export function tagNode<T extends object>(type: NodeType, model: T): Tagged<T> {
  return { ...model, [typeTag]: type };
}

/** The GraphQL type a model was tagged with (Node's __resolveType). */
export const nodeTypeOf = (model: object): NodeType | null => (model as Partial<Tagged<object>>)[typeTag] ?? null;
