import type { OverlapFilter } from '../../../generated/graphql';
import { fromGlobalIdOf } from '../../../shared/global-id';
import { OVERLAP_KINDS, type OverlapFilterModel } from './overlap.model';

/** The GraphQL filter as the service takes it: ids decoded, every kind when none is named. */
export function overlapFilter(filter: OverlapFilter | null | undefined): OverlapFilterModel {
  const divisionCode = filter?.divisionCode?.trim() ?? '';
  return {
    kinds: filter?.kinds && filter.kinds.length > 0 ? filter.kinds : OVERLAP_KINDS,
    organizationIds:
      filter?.organizationIds?.map((id) => fromGlobalIdOf('Organization', id, 'filter.organizationIds')) ?? null,
    divisionCode: divisionCode === '' ? null : divisionCode,
    categories: filter?.categories && filter.categories.length > 0 ? filter.categories : null,
  };
}
