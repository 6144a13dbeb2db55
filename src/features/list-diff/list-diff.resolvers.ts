import { notFound } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../../context';
import { fromGlobalIdOf } from '../../shared/global-id';
import { required } from '../enforcement/related';
import { changeSetById } from '../reassignment/change-set.loaders';
import { countChanges as countsOf } from './list-diff.model';
import { ListDiffRepository } from './list-diff.repository';
import { ListDiffService } from './list-diff.service';

const service = (ctx: Context) => new ListDiffService(new ListDiffRepository(ctx.db), ctx.analysis.similarity);

const organization = async (ctx: Context, id: string) =>
  required(await ctx.loaders.organizationById.load(id), { zh: '机构', en: 'organization' }, id);

export const listDiffResolvers: Resolvers = {
  Query: {
    listDiff: async (_parent, args, ctx) => {
      const id = fromGlobalIdOf('Organization', args.organizationId, 'organizationId');
      const o = await ctx.loaders.organizationById.load(id);
      if (!o) throw notFound('机构', 'organization', args.organizationId);
      return service(ctx).listDiff(o, args.from, args.to);
    },
    divisionDiff: (_parent, args, ctx) => service(ctx).divisionDiff(args.divisionCode, args.from, args.to),
  },
  ListDiff: {
    organization: (d, _args, ctx) => organization(ctx, d.organizationId),
    changesOfKind: (d, args) => d.changes.filter((c) => c.kind === args.kind),
    counts: (d) => countsOf(d.changes),
  },
  PowerChange: {
    before: (c, _args, ctx) => (c.before ? ctx.loaders.powerById.load(c.before.id) : null),
    after: (c, _args, ctx) => (c.after ? ctx.loaders.powerById.load(c.after.id) : null),
    changeSet: (c, _args, ctx) => (c.changeSetId ? changeSetById(ctx).load(c.changeSetId) : null),
  },
  OrganizationDiff: {
    organization: (d, _args, ctx) => organization(ctx, d.organizationId),
  },
  DiffCounts: {
    added: (c) => c.ADDED,
    removed: (c) => c.REMOVED,
    renamed: (c) => c.RENAMED,
    retyped: (c) => c.RETYPED,
    basisChanged: (c) => c.BASIS_CHANGED,
    responsibilityChanged: (c) => c.RESPONSIBILITY_CHANGED,
  },
};
