import type { Context } from '../../context';
import { AppError, ErrorCode } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { fromGlobalIdOf, toGlobalId } from '../../shared/global-id';
import { toConnection, type Connection } from '../../shared/pagination';
import { codePartsOf } from './code-parts';
import { categoryFilter, powerFilter, powerPageRequest, type PowerPageRequest } from './power.args';
import { parseCitations } from './power.citations';
import { powerSortKey, type PowerFilterModel, type PowerModel } from './power.model';
import { compiledOr } from '../../shared/compiled';

/** The row with its long texts: as it is when fetched by id, else loaded by id (batched). */
async function withDetails(p: PowerModel, ctx: Context): Promise<PowerModel> {
  if (p.citations !== undefined) return p;
  return (await ctx.loaders.powerById.load(p.id)) ?? p;
}

/** One page of an organization's powers through the batching loader, as a connection. */
async function organizationPowers(
  ctx: Context,
  organizationId: string,
  filter: PowerFilterModel,
  asOf: string,
  page: PowerPageRequest,
): Promise<Connection<PowerModel>> {
  const rows = await ctx.loaders.organizationPowers.load({
    organizationId,
    filter,
    asOf,
    limit: page.limit + 1,
    after: page.after,
  });
  return toConnection(
    rows.slice(0, page.limit + 1).map((p) => ({ ...p, listedAsOf: asOf })),
    page,
    powerSortKey,
    () => ctx.repositories.powers.countOfOrganization(organizationId, filter, asOf),
  );
}

/** The default date of a power's sub-items: today, or the row's own last (or first) day when today is outside it. */
function rowDate(p: PowerModel, today: string): string {
  if (p.validTo !== null && p.validTo < today) return p.validTo;
  if (p.validFrom !== null && p.validFrom > today) return p.validFrom;
  return today;
}

export const powerResolvers: Resolvers = {
  Query: {
    powers: async (_parent, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = powerPageRequest(args.first, args.after);
      const filter = powerFilter(args.filter);
      const organizationGlobalId = args.filter?.organizationId;
      if (organizationGlobalId != null) {
        const organizationId = fromGlobalIdOf('Organization', organizationGlobalId, 'filter.organizationId');
        if (!(await ctx.loaders.organizationById.load(organizationId))) {
          throw new AppError(
            ErrorCode.NotFound,
            `未找到机构：${organizationGlobalId}`,
            `organization not found: ${organizationGlobalId}`,
            {
              field: 'filter.organizationId',
              value: organizationGlobalId,
            },
          );
        }
        return organizationPowers(ctx, organizationId, filter, asOf, page);
      }
      const repository = ctx.repositories.powers;
      const rows = await repository.page(filter, asOf, page.limit + 1, page.after);
      return toConnection(
        rows.map((p) => ({ ...p, listedAsOf: asOf })),
        page,
        powerSortKey,
        () => repository.count(filter, asOf),
      );
    },
  },
  Organization: {
    powers: (o, args, ctx, info) =>
      compiledOr(o, info, () =>
        organizationPowers(
          ctx,
          o.id,
          categoryFilter(args.category),
          asOfDate(args.asOf, ctx.today),
          powerPageRequest(args.first, args.after),
        ),
      ),
  },
  PowerConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Power: {
    id: (p) => toGlobalId('Power', p.id),
    codeParts: (p) => codePartsOf(p),
    exercisedBy: (p, args, ctx, info) =>
      compiledOr(p, info, () =>
        ctx.loaders.exercisersByPower.load({ id: p.id, asOf: asOfDate(args.asOf, p.listedAsOf ?? ctx.today) }),
      ),
    undertakenBy: (p, _args, ctx, info) =>
      compiledOr(p, info, () => (p.undertakenById ? ctx.loaders.organizationById.load(p.undertakenById) : null)),
    basis: (p, _args, ctx, info) =>
      compiledOr(p, info, async () => parseCitations((await withDetails(p, ctx)).citations ?? null)),
    basisText: async (p, _args, ctx) => (await withDetails(p, ctx)).basisText ?? null,
    responsibilityBasisText: async (p, _args, ctx) => (await withDetails(p, ctx)).responsibilityBasisText ?? null,
    responsibilities: (p, _args, ctx) => ctx.loaders.responsibilitiesByPower.load(p.id),
    accountability: async (p, _args, ctx) => (await withDetails(p, ctx)).accountability ?? [],
    source: (p) =>
      p.sourceFile !== null && p.sourceRow !== null
        ? { file: p.sourceFile, sheet: p.sourceSheet, row: p.sourceRow }
        : null,
    seqNo: (p) => (p.seqNo === null ? null : String(p.seqNo)),
    parent: (p, _args, ctx, info) =>
      compiledOr(p, info, () => (p.parentId ? ctx.loaders.powerById.load(p.parentId) : null)),
    subItems: (p, args, ctx) =>
      ctx.loaders.subItemsByParent.load({ id: p.id, asOf: asOfDate(args.asOf, rowDate(p, ctx.today)) }),
  },
  Citation: {
    level: (c) => c.levelTag ?? c.level,
    levelCode: (c) => c.level,
    provision: (c, _args, ctx, info) =>
      compiledOr(c, info, () => (c.provisionId ? ctx.loaders.provisionById.load(c.provisionId) : null)),
  },
};
