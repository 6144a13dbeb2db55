import type { Context } from '../../context';
import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { idsOrLoaded } from '../../shared/selection';
import { statisticsGroupBy, statisticsScope } from './statistics.args';
import { analysisSummaryOf, statisticsOf, trendOf } from './statistics.service';
import type { StatisticsGroupModel, StatisticsModel } from './statistics.model';

const groupResolvers = {
  organization: (g: StatisticsGroupModel, _args: unknown, ctx: Context) =>
    g.organizationId === null ? null : ctx.loaders.organizationById.load(g.organizationId),
  division: (g: StatisticsGroupModel, _args: unknown, ctx: Context) =>
    g.divisionCode === null ? null : ctx.loaders.divisionByCode.load(g.divisionCode),
};

/** The groups' organizations are the scope's, already read: no second round trip for them. */
function primeOrganizations(ctx: Context, statistics: StatisticsModel): StatisticsModel {
  for (const o of statistics.organizations) ctx.loaders.organizationById.prime(o.id, o);
  return statistics;
}

export const statisticsResolvers: Resolvers = {
  Query: {
    statistics: async (_parent, args, ctx) =>
      primeOrganizations(
        ctx,
        await statisticsOf(
          ctx.repositories.statistics,
          statisticsScope(args.scope),
          asOfDate(args.asOf, ctx.today),
          statisticsGroupBy(args.groupBy),
        ),
      ),
    trend: (_parent, args, ctx) =>
      trendOf(
        ctx.repositories.statistics,
        statisticsScope(args.scope),
        asOfDate(args.from, ctx.today, 'from'),
        asOfDate(args.to, ctx.today, 'to'),
        args.interval,
        args.measure,
        args.groupBy && args.groupBy.length > 0 ? statisticsGroupBy(args.groupBy) : [],
      ),
    analysisSummary: (_parent, args, ctx) =>
      analysisSummaryOf(
        { db: ctx.db, analysis: ctx.analysis, partitions: ctx.partitions, repository: ctx.repositories.statistics },
        statisticsScope(args.scope),
        asOfDate(args.asOf, ctx.today),
      ),
  },
  StatisticsGroup: groupResolvers,
  TrendPoint: {
    totals: (p) => p.statistics.totals,
    groups: (p) => (p.statistics.groupBy.length === 0 ? [] : p.statistics.groups),
  },
  OrganizationAnalysisSummary: {
    organization: async (o, _args, ctx) => {
      const found = await ctx.loaders.organizationById.load(o.organizationId);
      return found ?? { id: o.organizationId, name: o.organizationId, orgType: 'GOV_DEPT', validFrom: null, validTo: null, divisionCode: null, parentId: null };
    },
  },
  AnalysisSummary: {
    matrix: (s) => s,
  },
  // The kept analysis found these ids in the graph it is kept for: a matrix read for its ids (a
  // province's has tens of thousands of organizations) reads no organization.
  OverlapMatrix: {
    organizations: (s, _args, ctx, info) => idsOrLoaded(info, ctx.loaders.organizationById, s.matrixOrganizationIds),
    cells: (s) => s.matrix,
  },
  OverlapMatrixCell: {
    organizations: (c, _args, ctx, info) => idsOrLoaded(info, ctx.loaders.organizationById, c.organizationIds),
  },
};
