import { CHANGE_REQUEST_ROLES, requireAnyRole, seesChangeRequests, WORKFLOW_ROLES, type WorkflowRole } from '../../auth/roles';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { ChangeRequestInput, Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { pageRequest } from '../../shared/pagination';
import { typesReadBeyondId } from '../../shared/selection';
import { changeSetById } from '../reassignment/change-set.loaders';
import { primeLoaders, snapshotReads } from '../reassignment/impact-snapshot';
import { ReassignmentService } from '../reassignment/reassignment.service';
import { required } from '../enforcement/related';
import type { ChangeRequestModel } from './change-request.model';
import { ChangeRequestRepository } from './change-request.repository';
import { ChangeRequestService, planOf, type ChangeRequestDraft } from './change-request.service';
import { awaits, deadline } from './workflow';

const service = (ctx: Context): ChangeRequestService =>
  new ChangeRequestService(ctx.db, ctx.analysis, ctx.changeFeed, undefined, ctx.partitions);

const visible = (ctx: Context, request: ChangeRequestModel): boolean => request.state === 'PUBLISHED' || seesChangeRequests(ctx.user);

/** The inbox's `role`: a workflow role as tokens name it. */
function workflowRole(value: string | null | undefined): WorkflowRole | null {
  if (value == null) return null;
  const role = WORKFLOW_ROLES.find((r) => r === value);
  if (role === undefined) throw badInput('role', value, `须为 ${WORKFLOW_ROLES.join('、')} 之一`, `must be one of ${WORKFLOW_ROLES.join(', ')}`);
  return role;
}

const draftOf = (input: ChangeRequestInput): ChangeRequestDraft => ({
  title: input.title,
  reason: input.reason,
  legalBasisDocNo: input.legalBasisDocNo ?? null,
  legalBasisDocument: input.legalBasisDocument ?? null,
  plan: input.plan,
});

/** Roles only: the fields that show a request's review (checks, override, steps, what-if). */
const rolesOnly = (ctx: Context): void => void requireAnyRole(ctx, CHANGE_REQUEST_ROLES);

export const changeRequestResolvers: Resolvers = {
  Query: {
    changeRequests: async (_parent, args, ctx) => {
      const { limit } = pageRequest(args.first, null);
      const asOf = asOfDate(args.asOf, ctx.today);
      const role = workflowRole(args.role);
      // Anonymous readers (and roles outside the workflow) see published requests only.
      const states = seesChangeRequests(ctx.user) ? (args.state ? [args.state] : null) : args.state && args.state !== 'PUBLISHED' ? [] : ['PUBLISHED'];
      if (states?.length === 0) return [];
      // Overdue and inbox filters are computed here: fetch every request in the states, then filter.
      const filtered = role !== null || args.overdue != null;
      const rows = await new ChangeRequestRepository(ctx.db).inStates(states, filtered ? 10_000 : limit);
      return rows
        .filter((r) => role === null || awaits(role, r))
        .filter((r) => args.overdue == null || deadline(r, ctx.changeRequests.stageDays, asOf).overdue === args.overdue)
        .slice(0, limit);
    },
    changeRequest: async (_parent, args, ctx) => {
      const [request] = await new ChangeRequestRepository(ctx.db).findByIds([args.id]);
      return request && visible(ctx, request) ? request : null;
    },
  },
  Mutation: {
    createChangeRequest: (_parent, args, ctx) => service(ctx).create(draftOf(args.input), ctx.user),
    reviseChangeRequest: (_parent, args, ctx) => service(ctx).revise(args.id, draftOf(args.input), ctx.user),
    transitionChangeRequest: (_parent, args, ctx) =>
      service(ctx).transition(args.id, args.action, ctx.user, { comment: args.comment ?? null, override: args.override ?? null }),
  },
  ChangeRequest: {
    plan: (r) => r.plan,
    dueOn: (r, _args, ctx) => deadline(r, ctx.changeRequests.stageDays, ctx.today).dueOn,
    overdue: (r, args, ctx) => deadline(r, ctx.changeRequests.stageDays, asOfDate(args.asOf, ctx.today)).overdue,
    checks: (r, _args, ctx) => (rolesOnly(ctx), r.checks),
    override: (r, _args, ctx) => (rolesOnly(ctx), r.override?.reason ?? null),
    overrideBy: (r, _args, ctx) => (rolesOnly(ctx), r.override?.by ?? null),
    overrideAt: (r, _args, ctx) => (rolesOnly(ctx), r.override?.at ?? null),
    history: (r, _args, ctx) => (rolesOnly(ctx), new ChangeRequestRepository(ctx.db).transitions(r.id)),
    publishedChangeSet: async (r, _args, ctx) =>
      r.publishedChangeSetId === null
        ? null
        : required(await changeSetById(ctx).load(r.publishedChangeSetId), { zh: '变更记录', en: 'change set' }, r.publishedChangeSetId),
    whatIf: async (r, _args, ctx, info) => {
      rolesOnly(ctx);
      const impact = await new ReassignmentService(ctx.db, ctx.analysis, ctx.today, ctx.partitions).impact(
        planOf(r),
        snapshotReads(typesReadBeyondId(info)),
      );
      primeLoaders(ctx, impact);
      return impact;
    },
  },
  ChangeRequestTransition: {
    changeSet: async (t, _args, ctx) =>
      required(await changeSetById(ctx).load(t.changeSetId), { zh: '变更记录', en: 'change set' }, t.changeSetId),
  },
};
