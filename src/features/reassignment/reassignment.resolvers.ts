import { AUDIT_ROLES, IMPACT_ROLES, requireAnyRole, requireRole } from '../../auth/roles';
import type { Resolvers } from '../../generated/graphql';
import { fromGlobalIdOf, toGlobalId } from '../../shared/global-id';
import { pageRequest, toConnection } from '../../shared/pagination';
import { idOrLoaded, idsOrLoaded, typesReadBeyondId } from '../../shared/selection';
import { required } from '../enforcement/related';
import { changeSetById } from './change-set.loaders';
import { ChangeSetRepository } from './change-set.repository';
import { primeLoaders, snapshotReads } from './impact-snapshot';
import { affectedObjects, impactSummary } from './impact-summary';
import { loadNode } from '../node/node.resolvers';
import { planFromInput } from './plan-input';
import { ReassignmentService } from './reassignment.service';
import type { Context } from '../../context';

const service = (ctx: Context): ReassignmentService => new ReassignmentService(ctx.db, ctx.analysis, ctx.today, ctx.partitions);

export const reassignmentResolvers: Resolvers = {
  Query: {
    reassignmentImpact: async (_parent, args, ctx, info) => {
      // A rolled-back write transaction holding locks while two analyses run: not for anyone.
      if (!ctx.impactAnonymous) requireAnyRole(ctx, IMPACT_ROLES);
      const impact = await service(ctx).impact(planFromInput(args.plan), snapshotReads(typesReadBeyondId(info)));
      primeLoaders(ctx, impact);
      return impact;
    },
    changeSets: async (_parent, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      const repository = new ChangeSetRepository(ctx.db);
      const afterSeq = typeof page.after?.[0] === 'number' ? page.after[0] : null;
      const rows = await repository.page(afterSeq, page.limit + 1);
      return toConnection(
        rows,
        page,
        (c) => [c.seq],
        () => repository.count(),
      );
    },
  },
  Mutation: {
    applyReassignment: async (_parent, args, ctx) => {
      const user = requireRole(ctx, 'editor');
      return service(ctx).apply(planFromInput(args.plan), args.reason, user.sub);
    },
    revertChangeSet: async (_parent, args, ctx) => {
      const user = requireRole(ctx, 'editor');
      const id = fromGlobalIdOf('ChangeSet', args.id, 'id');
      return { changeSet: await service(ctx).revert(id, args.reason, user.sub, args.id) };
    },
  },
  ReassignmentImpact: {
    affected: (i) => affectedObjects(i),
    summary: (i) => impactSummary(i),
    affectedPowers: (i, _args, ctx, info) => idsOrLoaded(info, ctx.loaders.powerById, i.affected.powerIds),
    affectedEnforcementItems: (i, _args, ctx, info) =>
      idsOrLoaded(info, ctx.loaders.rowById.EnforcementItem, i.affected.enforcementItemIds),
    affectedWhistleMatters: (i, _args, ctx, info) =>
      idsOrLoaded(info, ctx.loaders.rowById.WhistleMatter, i.affected.whistleMatterIds),
    affectedDutyItems: (i, _args, ctx, info) => idsOrLoaded(info, ctx.loaders.rowById.TownshipDutyItem, i.affected.dutyItemIds),
    affectedLenientItems: (i, _args, ctx, info) => idsOrLoaded(info, ctx.loaders.rowById.LenientItem, i.affected.lenientItemIds),
  },
  AffectedObject: {
    before: (o, _args, ctx) => (o.beforeId ? loadNode(ctx, o.nodeType, o.beforeId) : null),
    after: async (o, _args, ctx) =>
      required(await loadNode(ctx, o.nodeType, o.afterId), { zh: '受影响对象', en: 'affected object' }, o.afterId),
  },
  RespondentChange: {
    // Ids alone when the request reads nothing else of them: the snapshot read none then.
    power: async (r, _args, ctx, info) =>
      required(await idOrLoaded(info, ctx.loaders.powerById, r.powerId), { zh: '职权', en: 'power' }, r.powerId),
    before: (r, _args, ctx, info) => (r.beforeId ? idOrLoaded(info, ctx.loaders.organizationById, r.beforeId) : null),
    after: (r, _args, ctx, info) => (r.afterId ? idOrLoaded(info, ctx.loaders.organizationById, r.afterId) : null),
  },
  ChangeSet: {
    id: (c) => toGlobalId('ChangeSet', c.id),
    // Who changed the graph, why, and how to undo it: auditors and editors only.
    actor: (c, _args, ctx) => (requireAnyRole(ctx, AUDIT_ROLES), c.actor),
    reason: (c, _args, ctx) => (requireAnyRole(ctx, AUDIT_ROLES), c.reason),
    summary: (c, _args, ctx) => (requireAnyRole(ctx, AUDIT_ROLES), JSON.parse(c.summary) as unknown),
    revertedBy: (c, _args, ctx) => (c.revertedById ? changeSetById(ctx).load(c.revertedById) : null),
  },
  ChangeSetConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
