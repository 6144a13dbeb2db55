import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { pageRequest, toConnection } from '../../shared/pagination';
import { organizationCountRequest, organizationPageRequest } from '../enforcement/organization-pages';
import { optionalLocalId } from '../enforcement/related';
import type { WhistleMatterFilterModel, WhistleMatterModel } from './whistle.model';
import { readCompiled } from '../compiled-read/read';
import { whistleMattersPage } from './whistle.compiled';

const keyOf = (m: WhistleMatterModel): [string, string] => [m.name, m.id];

export const whistleResolvers: Resolvers = {
  Query: {
    whistleMatters: async (_parent, args, ctx, info) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = pageRequest(args.first, args.after);
      const filter: WhistleMatterFilterModel = {
        nameContains: args.filter?.nameContains ?? null,
        leadId: optionalLocalId('Organization', args.filter?.leadId, 'filter.leadId'),
        whistledById: optionalLocalId('Organization', args.filter?.whistledById, 'filter.whistledById'),
      };
      const repository = ctx.repositories.whistle;
      const count = () => repository.count(filter, asOf);
      const compiled = await readCompiled(ctx, info, (env) => whistleMattersPage(env, filter, asOf, page, count));
      if (compiled !== undefined) return compiled;
      const rows = await repository.page(filter, asOf, page);
      return toConnection(rows, page, keyOf, count);
    },
  },
  WhistleMatterConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Organization: {
    whistleMattersLed: async (org, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = pageRequest(args.first, args.after);
      const rows = await ctx.loaders.whistlePagesOfOrganizations.load(
        organizationPageRequest(org.id, 'LEAD', asOf, page),
      );
      const count = organizationCountRequest(org.id, 'LEAD', asOf);
      return toConnection(
        rows,
        page,
        keyOf,
        async () => (await ctx.loaders.whistleCountsOfOrganizations.load(count))[0] ?? 0,
      );
    },
  },
};
