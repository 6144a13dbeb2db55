import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { pageRequest, toConnection } from '../../shared/pagination';
import type { OrganizationModel } from '../organization/organization.model';
import type { Context } from '../../context';
import type {
  EnforcementItemConnectionModel,
  EnforcementItemFilterModel,
  EnforcementItemModel,
  EnforcementSide,
} from './enforcement.model';
import { organizationCountRequest, organizationPageRequest } from './organization-pages';
import { optionalLocalId } from './related';
import { compiledOr } from '../../shared/compiled';

const keyOf = (e: EnforcementItemModel): [string, string] => [e.name, e.id];

interface SideArgs {
  asOf?: string | null;
  first?: number | null;
  after?: string | null;
}

async function itemsOfOrganization(
  org: OrganizationModel,
  side: EnforcementSide,
  args: SideArgs,
  ctx: Context,
): Promise<EnforcementItemConnectionModel> {
  const asOf = asOfDate(args.asOf, ctx.today);
  const page = pageRequest(args.first, args.after);
  const rows = await ctx.loaders.enforcementPagesOfOrganizations.load(
    organizationPageRequest(org.id, side, asOf, page),
  );
  const count = organizationCountRequest(org.id, side, asOf);
  return toConnection(
    rows,
    page,
    keyOf,
    async () => (await ctx.loaders.enforcementCountsOfOrganizations.load(count))[0] ?? 0,
  );
}

export const enforcementResolvers: Resolvers = {
  Query: {
    enforcementItems: async (_parent, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = pageRequest(args.first, args.after);
      const filter: EnforcementItemFilterModel = {
        fromId: optionalLocalId('Organization', args.filter?.fromId, 'filter.fromId'),
        toId: optionalLocalId('Organization', args.filter?.toId, 'filter.toId'),
        powerId: optionalLocalId('Power', args.filter?.powerId, 'filter.powerId'),
        modes: args.filter?.modes ?? null,
      };
      const repository = ctx.repositories.enforcement;
      const rows = await repository.page(filter, asOf, page);
      return toConnection(rows, page, keyOf, () => repository.count(filter, asOf));
    },
  },
  EnforcementItemConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Organization: {
    enforcementItemsReceived: (org, args, ctx, info) =>
      compiledOr(org, info, () => itemsOfOrganization(org, 'TO', args, ctx)),
    enforcementItemsHandedOver: (org, args, ctx, info) =>
      compiledOr(org, info, () => itemsOfOrganization(org, 'FROM', args, ctx)),
  },
};

