import { badInput } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { toGlobalId } from '../../shared/global-id';
import { pageRequest, toConnection } from '../../shared/pagination';
import type { OrganizationFilterModel } from './organization.model';
import { organizationNameKey } from '../../domain/organizations';
import { organizationFilter } from './organization.args';
import { readCompiled } from '../compiled-read/read';
import { compiledOr } from '../../shared/compiled';
import { organizationsPage } from './organization.compiled';

/** `resolve`: names per request, and organizations listed per name (one name in many divisions). */
const MAX_NAMES = 50;
const MAX_MATCHES = 20;

export const organizationResolvers: Resolvers = {
  Query: {
    resolve: async (_parent, args, ctx) => {
      if (args.names.length > MAX_NAMES) {
        throw badInput('names', args.names.length, `最多 ${MAX_NAMES} 个名称`, `at most ${MAX_NAMES} names`);
      }
      const asOf = asOfDate(args.asOf, ctx.today);
      const divisionCode = args.divisionCode?.trim() ? args.divisionCode.trim() : null;
      const repository = ctx.repositories.organizations;
      return Promise.all(
        args.names.map(async (name) => {
          const filter: OrganizationFilterModel = {
            nameKey: organizationNameKey(name),
            nameContains: null,
            orgTypes: null,
            divisionCode,
          };
          return { name, organizations: await repository.page(filter, asOf, { limit: MAX_MATCHES, after: null }) };
        }),
      );
    },
    organizations: async (_parent, args, ctx, info) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = pageRequest(args.first, args.after);
      const filter = organizationFilter(args.filter);
      const repository = ctx.repositories.organizations;
      const count = () => repository.count(filter, asOf);
      const compiled = await readCompiled(ctx, info, (env) => organizationsPage(env, filter, asOf, page, count));
      if (compiled !== undefined) return compiled;
      const rows = await repository.page(filter, asOf, page);
      return toConnection(rows, page, (o) => [o.name, o.id], count);
    },
  },
  OrganizationConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Organization: {
    id: (o) => toGlobalId('Organization', o.id),
    division: (o, _args, ctx, info) =>
      compiledOr(o, info, () => (o.divisionCode ? ctx.loaders.divisionByCode.load(o.divisionCode) : null)),
    parent: (o, _args, ctx, info) =>
      compiledOr(o, info, () => (o.parentId ? ctx.loaders.organizationById.load(o.parentId) : null)),
  },
  AdminDivision: {
    id: (d) => toGlobalId('AdminDivision', d.code),
    parent: (d, _args, ctx, info) =>
      compiledOr(d, info, () => (d.parentCode ? ctx.loaders.divisionByCode.load(d.parentCode) : null)),
  },
};
