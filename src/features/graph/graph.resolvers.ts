import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { graphDepth, graphDivisionCode, graphLimit, graphSeeds } from './graph.args';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: (_parent, args, ctx) =>
      ctx.repositories.graph.neighborhood({
        seeds: graphSeeds(args.ids),
        depth: graphDepth(args.depth),
        limit: graphLimit(args.limit),
        asOf: asOfDate(args.asOf, ctx.today),
      }),
    jurisdiction: (_parent, args, ctx) =>
      ctx.repositories.graph.jurisdiction({
        divisionCode: graphDivisionCode(args.divisionCode),
        limit: graphLimit(args.limit),
        asOf: asOfDate(args.asOf, ctx.today),
      }),
  },
  Organization: {
    powerCategories: (o, args, ctx) =>
      ctx.loaders.powerCategories.load({ organizationId: o.id, asOf: asOfDate(args.asOf, ctx.today) }),
  },
};
