import { organizationNameKey } from '../../domain/organizations';
import type { OrganizationFilter } from '../../generated/graphql';
import type { OrganizationFilterModel } from './organization.model';

/** `organizations(filter:)` as the statements take it. */
export function organizationFilter(filter: OrganizationFilter | null | undefined): OrganizationFilterModel {
  return {
    nameKey: filter?.name ? organizationNameKey(filter.name) : null,
    nameContains: filter?.nameContains ?? null,
    orgTypes: filter?.orgTypes ?? null,
    divisionCode: filter?.divisionCode ?? null,
  };
}
