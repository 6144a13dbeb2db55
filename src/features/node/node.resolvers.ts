import type { Context } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import { fromGlobalId, type NodeType } from '../../shared/global-id';
import type { LegalDocumentModel, ProvisionModel } from '../law/law.model';
import type { AdminDivisionModel, OrganizationModel } from '../organization/organization.model';
import type { PowerModel } from '../power/power.model';
import type { TownshipDutyItemModel } from '../duty/duty.model';
import type { EnforcementItemModel } from '../enforcement/enforcement.model';
import type { LenientItemModel } from '../lenient/lenient.model';
import type { ChangeSetModel } from '../reassignment/reassignment.model';
import { changeSetById } from '../reassignment/change-set.loaders';
import type { WhistleMatterModel } from '../whistle/whistle.model';

/**
 * Anything returned where the schema says `Node` is tagged with its GraphQL type, because the
 * internal models do not carry one. 返回 Node 时标注其 GraphQL 类型。
 */
const typeTag = Symbol('nodeType');
type Tagged<T> = T & { [typeTag]: NodeType };
type NodeModel =
  | OrganizationModel
  | AdminDivisionModel
  | PowerModel
  | LegalDocumentModel
  | ProvisionModel
  | EnforcementItemModel
  | WhistleMatterModel
  | TownshipDutyItemModel
  | LenientItemModel
  | ChangeSetModel;

export function tagNode<T extends object>(type: NodeType, model: T): Tagged<T> {
  return { ...model, [typeTag]: type };
}

const fetchers: { [T in NodeType]: (ctx: Context, localId: string) => Promise<NodeModel | null> } = {
  Organization: (ctx, id) => ctx.loaders.organizationById.load(id),
  AdminDivision: (ctx, code) => ctx.loaders.divisionByCode.load(code),
  Power: (ctx, id) => ctx.loaders.powerById.load(id),
  LegalDocument: (ctx, id) => ctx.loaders.lawById.load(id),
  Provision: (ctx, id) => ctx.loaders.provisionById.load(id),
  EnforcementItem: (ctx, id) => ctx.loaders.enforcementItemById.load(id),
  WhistleMatter: (ctx, id) => ctx.loaders.whistleMatterById.load(id),
  TownshipDutyItem: (ctx, id) => ctx.loaders.townshipDutyItemById.load(id),
  LenientItem: (ctx, id) => ctx.loaders.lenientItemById.load(id),
  ChangeSet: (ctx, id) => changeSetById(ctx).load(id),
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

/** Loads any node by type and local id, tagged for `Node` (e.g. search hits); null when it is gone. */
export async function loadNode(ctx: Context, type: NodeType, localId: string): Promise<Tagged<NodeModel> | null> {
  const model = await fetchers[type](ctx, localId);
  return model ? tagNode(type, model) : null;
}
