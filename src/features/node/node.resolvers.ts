import type { Context } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import { fromGlobalId, type NodeType } from '../../shared/global-id';
import type { LegalDocumentModel, ProvisionModel } from '../law/law.model';
import type { AdminDivisionModel, OrganizationModel } from '../organization/organization.model';
import type { PowerModel } from '../power/power.model';
import { perLabel } from '../list-rows/list-row-reader';
import type { ListRowModel } from '../list-rows/list-rows';
import type { ChangeSetModel } from '../reassignment/reassignment.model';
import type { CatalogItemModel } from '../catalog/catalog.model';
import { changeSetById } from '../reassignment/change-set.loaders';
import { nodeById } from '../compiled-read/read';
import { idOnlyModels } from '../../shared/selection';
import { nodeTypeOf, tagNode, type Tagged } from './node-tag';

type NodeModel =
  | OrganizationModel
  | AdminDivisionModel
  | PowerModel
  | LegalDocumentModel
  | ProvisionModel
  | ListRowModel
  | ChangeSetModel
  | CatalogItemModel;

type Fetcher = (ctx: Context, localId: string) => Promise<NodeModel | null>;

const fetchers: { [T in NodeType]: Fetcher } = {
  Organization: (ctx, id) => ctx.loaders.organizationById.load(id),
  AdminDivision: (ctx, code) => ctx.loaders.divisionByCode.load(code),
  Power: (ctx, id) => ctx.loaders.powerById.load(id),
  LegalDocument: (ctx, id) => ctx.loaders.lawById.load(id),
  Provision: (ctx, id) => ctx.loaders.provisionById.load(id),
  // Every kind of list through its reader (list-rows.ts).
  ...perLabel(
    (label): Fetcher =>
      (ctx, id) =>
        ctx.loaders.rowById[label].load(id),
  ),
  ChangeSet: (ctx, id) => changeSetById(ctx).load(id),
  CatalogItem: (ctx, id) => ctx.loaders.catalogItemById.load(id),
};

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_parent, args, ctx, info) => {
      const { type, localId } = fromGlobalId(args.id);
      // decoded by the type's row schema, as its loader decodes it
      const compiled = (await nodeById(ctx, info, type, localId)) as NodeModel | null | undefined;
      const model = compiled !== undefined ? compiled : await fetchers[type](ctx, localId);
      return model ? tagNode(type, model) : null;
    },
  },
  Node: {
    __resolveType: (model) => nodeTypeOf(model),
  },
};

/**
 * A node for a selection that reads only its id (selectsOnlyId), tagged for `Node` without a read:
 * the caller found it in the graph. A division's id is made from its code, every other type's from `id`.
 */
export function idOnlyNode(type: NodeType, localId: string): Tagged<NodeModel> {
  const model =
    type === 'AdminDivision'
      ? ({ code: localId } as AdminDivisionModel)
      : idOnlyModels<Exclude<NodeModel, AdminDivisionModel>>([localId])[0]!;
  return tagNode(type, model);
}

/** Loads any node by type and local id, tagged for `Node` (e.g. search hits); null when it is gone. */
export async function loadNode(ctx: Context, type: NodeType, localId: string): Promise<Tagged<NodeModel> | null> {
  const model = await fetchers[type](ctx, localId);
  return model ? tagNode(type, model) : null;
}
