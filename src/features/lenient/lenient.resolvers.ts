import type { Resolvers } from '../../generated/graphql';
import { toGlobalId } from '../../shared/global-id';
import { loadAll } from '../../shared/loader';

export const lenientResolvers: Resolvers = {
  LenientItem: {
    id: (l) => toGlobalId('LenientItem', l.id),
    appliesTo: async (l, _args, ctx) =>
      (await loadAll(ctx.loaders.powerById, l.appliesToIds)).map((p) => ({
        ...p,
        listedAsOf: l.asOf,
      })),
    implementedBy: (l, _args, ctx) => loadAll(ctx.loaders.organizationById, l.implementedByIds),
  },
};
