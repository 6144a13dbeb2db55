import type { Resolvers } from '../../generated/graphql';
import { toGlobalId } from '../../shared/global-id';
import { loadAll } from '../enforcement/related';

export const lenientResolvers: Resolvers = {
  LenientItem: {
    id: (l) => toGlobalId('LenientItem', l.id),
    appliesTo: async (l, _args, ctx) =>
      (await loadAll((ids) => ctx.loaders.powerById.loadMany(ids), l.appliesToIds)).map((p) => ({
        ...p,
        listedAsOf: l.asOf,
      })),
    implementedBy: (l, _args, ctx) => loadAll((ids) => ctx.loaders.organizationById.loadMany(ids), l.implementedByIds),
  },
};
