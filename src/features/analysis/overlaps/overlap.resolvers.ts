import type { Resolvers } from '../../../generated/graphql';
import { asOfDate } from '../../../shared/dates';
import type { PowerModel } from '../../power/power.model';
import { loadAll } from '../../../shared/loader';
import { idOnlyModels, idsOrLoaded, selectsOnlyId } from '../../../shared/selection';
import { overlapFilter } from './overlap.args';
import { overlapPageRequest, pageOfOverlaps } from './overlap.page';

export const overlapResolvers: Resolvers = {
  Query: {
    overlaps: async (_parent, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = overlapPageRequest(args.first, args.after);
      const sorted = await ctx.partitions.overlaps(ctx.db, ctx.analysis, asOf, overlapFilter(args.filter));
      return pageOfOverlaps(sorted, page);
    },
  },
  OverlapConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Overlap: {
    division: (o, _args, ctx) => (o.divisionCode ? ctx.loaders.divisionByCode.load(o.divisionCode) : null),
    // The analysis found these ids in the graph it is kept for: a listing of ids reads nothing more.
    organizations: (o, _args, ctx, info) => idsOrLoaded(info, ctx.loaders.organizationById, o.organizationIds),
    // Synchronous for a listing of ids: a promise per overlap would cost a province's scan a turn each.
    powers: (o, _args, ctx, info) =>
      selectsOnlyId(info)
        ? idOnlyModels<PowerModel>(o.powerIds)
        : loadAll(ctx.loaders.powerById, o.powerIds).then((powers) =>
            powers.map((p) => ({ ...p, listedAsOf: o.asOf })),
          ),
    provision: (o, _args, ctx) => (o.provisionId ? ctx.loaders.provisionById.load(o.provisionId) : null),
    enforcementItems: (o, _args, ctx) => loadAll(ctx.loaders.rowById.EnforcementItem, o.enforcementItemIds),
    whistleMatters: (o, _args, ctx) => loadAll(ctx.loaders.rowById.WhistleMatter, o.whistleMatterIds),
  },
};
