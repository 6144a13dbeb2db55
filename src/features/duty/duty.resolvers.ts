import type { Resolvers } from '../../generated/graphql';
import { toGlobalId } from '../../shared/global-id';
import { required } from '../enforcement/related';
import { loadAll } from '../../shared/loader';

export const dutyResolvers: Resolvers = {
  TownshipDutyItem: {
    id: (d) => toGlobalId('TownshipDutyItem', d.id),
    township: async (d, _args, ctx) =>
      required(
        d.townshipId ? await ctx.loaders.organizationById.load(d.townshipId) : null,
        { zh: '乡镇（街道）', en: 'township' },
        d.id,
      ),
    counterparts: (d, _args, ctx) => loadAll(ctx.loaders.organizationById, d.counterpartIds),
    primaryCounterpart: (d, _args, ctx) =>
      d.primaryCounterpartId ? ctx.loaders.organizationById.load(d.primaryCounterpartId) : null,
    neededPowers: async (d, _args, ctx) =>
      (await loadAll(ctx.loaders.powerById, d.neededPowerIds)).map((p) => ({
        ...p,
        listedAsOf: d.asOf,
      })),
  },
};
