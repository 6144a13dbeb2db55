import type { Context } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import { fromGlobalId, type NodeType } from '../../shared/global-id';
import type { AdminDivisionModel, OrganizationModel } from '../organization/organization.model';

/**
 * Anything returned where the schema says `Node` is tagged with its GraphQL type, because the
 * internal models do not carry one. 返回 Node 时标注其 GraphQL 类型。
 */
const typeTag = Symbol('nodeType');
type Tagged<T> = T & { [typeTag]: NodeType };
type NodeModel = OrganizationModel | AdminDivisionModel;

export function tagNode<T extends object>(type: NodeType, model: T): Tagged<T> {
  return { ...model, [typeTag]: type };
}

const fetchers: { [T in NodeType]: (ctx: Context, localId: string) => Promise<NodeModel | null> } = {
  Organization: (ctx, id) => ctx.loaders.organizationById.load(id),
  AdminDivision: (ctx, code) => ctx.loaders.divisionByCode.load(code),
};

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_parent, args, ctx) => {
      const { type, localId } = fromGlobalId(args.id);
      const model = await fetchers[type](ctx, localId);
      return model ? tagNode(type, model) : null;
    },
  },
  Node: {
    __resolveType: (model) => (model as Partial<Tagged<object>>)[typeTag] ?? null,
  },
};
