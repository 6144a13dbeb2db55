import { badInput, notFound } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../../context';
import { asOfDate } from '../../shared/dates';
import { fromGlobalIdOf } from '../../shared/global-id';
import { required } from '../enforcement/related';
import { CatalogService } from './catalog.service';

const organization = async (ctx: Context, id: string) =>
  required(await ctx.loaders.organizationById.load(id), { zh: '机构', en: 'organization' }, id);

export const catalogResolvers: Resolvers = {
  Query: {
    catalogConformance: async (_parent, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const service = new CatalogService(ctx.db);
      const divisionCode = args.divisionCode?.trim() || null;
      if ((args.organizationId ? 1 : 0) + (divisionCode ? 1 : 0) !== 1) {
        throw badInput(
          'organizationId',
          args.organizationId ?? null,
          '须给出 organizationId 或 divisionCode 之一（且只给一个）',
          'give exactly one of organizationId and divisionCode',
        );
      }
      if (divisionCode) return service.ofDivision(divisionCode, asOf);
      const id = fromGlobalIdOf('Organization', args.organizationId!, 'organizationId');
      if (!(await ctx.loaders.organizationById.load(id))) throw notFound('机构', 'organization', args.organizationId!);
      return service.conformance([id], asOf);
    },
  },
  CatalogConformance: {
    assignments: (c) => c.governed,
    rows: (c, args) => (args.status ? c.rows.filter((r) => r.status === args.status) : c.rows),
  },
  CatalogAssignment: {
    organization: (a, _args, ctx) => organization(ctx, a.organizationId),
  },
  ConformanceRow: {
    organization: (r, _args, ctx) => organization(ctx, r.organizationId),
    power: (r, _args, ctx) => (r.powerId ? ctx.loaders.powerById.load(r.powerId) : null),
    catalogItem: (r, _args, ctx) => (r.itemId ? ctx.loaders.catalogItemById.load(r.itemId) : null),
  },
  CatalogItem: {
    source: (i) =>
      i.sourceFile ? `${i.sourceFile}${i.sourceSheet ? ` ${i.sourceSheet}` : ''}${i.sourceRow === null ? '' : ` 第${i.sourceRow}行`}` : null,
  },
};
