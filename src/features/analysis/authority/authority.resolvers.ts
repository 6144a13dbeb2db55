import type { Resolvers } from '../../../generated/graphql';
import { asOfDate } from '../../../shared/dates';
import { fromGlobalIdOf } from '../../../shared/global-id';
import { loadNode } from '../../node/node.resolvers';
import { checkAuthority } from './authority.service';

export const authorityResolvers: Resolvers = {
  Query: {
    checkAuthority: (_parent, args, ctx) => {
      const organizationId = fromGlobalIdOf('Organization', args.organizationId, 'organizationId');
      const powerId = fromGlobalIdOf('Power', args.powerId, 'powerId');
      const on = asOfDate(args.on, ctx.today, 'on');
      const divisionCode = args.divisionCode?.trim() ? args.divisionCode.trim() : null;
      return checkAuthority(ctx.repositories.authority, { organizationId, powerId, divisionCode, on }, args.organizationId);
    },
  },
  AuthorityCheck: {
    reason: (c) => `${c.reasonZh} / ${c.reasonEn}`,
    actsInNameOf: (c, _args, ctx) => (c.actsInNameOfId ? ctx.loaders.organizationById.load(c.actsInNameOfId) : null),
    respondent: (c, _args, ctx) => (c.respondentId ? ctx.loaders.organizationById.load(c.respondentId) : null),
  },
  EvidenceStep: {
    node: (step, _args, ctx) => (step.node ? loadNode(ctx, step.node.type, step.node.id) : null),
  },
};
