import type { Resolvers } from '../../../generated/graphql';
import { asOfDate } from '../../../shared/dates';
import { idsOrLoaded, selectsOnlyId } from '../../../shared/selection';
import { fromGlobalIdOf } from '../../../shared/global-id';
import { compareSortKeys, pageRequest, toConnection, type PageRequest, type SortKey } from '../../../shared/pagination';
import { required } from '../../enforcement/related';
import { idOnlyNode, loadNode } from '../../node/node.resolvers';
import type { FindingFilterModel } from './finding.model';
import { firstAfter } from '../../../shared/sorted-merge';
import { findingSortKey } from '../partitions/finding-order';
import type { FindingModel } from './finding.model';

type FindingFilterArgs = {
  kinds?: FindingFilterModel['kinds'] | undefined;
  organizationIds?: string[] | null | undefined;
  divisionCode?: string | null | undefined;
  severities?: FindingFilterModel['severities'] | undefined;
} | null;

export function findingFilter(filter: FindingFilterArgs | undefined): FindingFilterModel {
  return {
    kinds: filter?.kinds ?? null,
    organizationIds:
      filter?.organizationIds?.map((id) => fromGlobalIdOf('Organization', id, 'filter.organizationIds')) ?? null,
    divisionCode: filter?.divisionCode?.trim() || null,
    severities: filter?.severities ?? null,
  };
}

/** Up to `limit + 1` findings after the cursor (a binary search), so the connection can tell a next page exists. */
function pageAfter(sorted: readonly FindingModel[], page: PageRequest): FindingModel[] {
  const start =
    page.after === null ? 0 : firstAfter<FindingModel, SortKey>(sorted, findingSortKey, page.after, compareSortKeys);
  return sorted.slice(start, start + page.limit + 1);
}

export const findingResolvers: Resolvers = {
  Query: {
    findings: async (_parent, args, ctx) => {
      const asOf = asOfDate(args.asOf, ctx.today);
      const page = pageRequest(args.first, args.after);
      const sorted = await ctx.partitions.findings(ctx.db, ctx.analysis, asOf, findingFilter(args.filter));
      return toConnection(pageAfter(sorted, page), page, findingSortKey, () => Promise.resolve(sorted.length));
    },
  },
  FindingConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Finding: {
    // The analysis found the subject in the graph it is kept for: a listing of ids reads nothing more.
    subject: async (f, _args, ctx, info) =>
      selectsOnlyId(info)
        ? idOnlyNode(f.subject.type, f.subject.id)
        : required(await loadNode(ctx, f.subject.type, f.subject.id), { zh: '问题对象', en: 'finding subject' }, f.id),
    related: async (f, _args, ctx) =>
      (await Promise.all(f.related.map((r) => loadNode(ctx, r.type, r.id)))).filter((n) => n !== null),
    organizations: (f, _args, ctx, info) =>
      idsOrLoaded(
        info,
        ctx.loaders.organizationById,
        f.organizations.map((o) => o.id),
      ),
  },
};
