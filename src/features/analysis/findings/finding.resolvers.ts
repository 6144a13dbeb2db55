import type { Resolvers } from '../../../generated/graphql';
import { asOfDate } from '../../../shared/dates';
import { fromGlobalIdOf } from '../../../shared/global-id';
import { analysisCache } from '../shared/analysis-cache';
import { pageRequest, toConnection } from '../../../shared/pagination';
import { loadAll, required } from '../../enforcement/related';
import { loadNode } from '../../node/node.resolvers';
import type { FindingFilterModel } from './finding.model';
import { FindingRepository } from './finding.repository';
import { FindingScanner, findingSortKey } from './finding-scanner';

type FindingFilterArgs = {
  kinds?: FindingFilterModel['kinds'] | undefined;
  organizationIds?: string[] | null | undefined;
  severities?: FindingFilterModel['severities'] | undefined;
} | null;

export function findingFilter(filter: FindingFilterArgs | undefined): FindingFilterModel {
  return {
    kinds: filter?.kinds ?? null,
    organizationIds:
      filter?.organizationIds?.map((id) => fromGlobalIdOf('Organization', id, 'filter.organizationIds')) ?? null,
    severities: filter?.severities ?? null,
  };
}

export const findingResolvers: Resolvers = {
  Query: {
    findings: async (_parent, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = pageRequest(args.first, args.after);
      const scanner = new FindingScanner(
        new FindingRepository(ctx.db),
        findingFilter(args.filter),
        asOf,
        analysisCache.forRequest(ctx.db),
      );
      const rows = await scanner.page(page);
      return toConnection(rows, page, findingSortKey, () => scanner.count());
    },
  },
  FindingConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Finding: {
    subject: async (f, _args, ctx) =>
      required(await loadNode(ctx, f.subject.type, f.subject.id), { zh: '问题对象', en: 'finding subject' }, f.id),
    related: async (f, _args, ctx) =>
      (await Promise.all(f.related.map((r) => loadNode(ctx, r.type, r.id)))).filter((n) => n !== null),
    organizations: (f, _args, ctx) =>
      loadAll(
        (ids) => ctx.loaders.organizationById.loadMany(ids),
        f.organizations.map((o) => o.id),
      ),
  },
};
