import type DataLoader from 'dataloader';

import { keyedLoader } from '../../shared/loader';
import { groupedLoader } from '../../shared/grouped-loader';
import type { EnforcementItemModel, EnforcementSide } from './enforcement.model';
import type { EnforcementRepository } from './enforcement.repository';
import type { OrganizationCountRequest, OrganizationPageRequest } from './organization-pages';

export interface EnforcementLoaders {
  /** By id, with the power version in force today (node(id:)). */
  enforcementItemById: DataLoader<string, EnforcementItemModel | null>;
  enforcementPagesOfOrganizations: DataLoader<OrganizationPageRequest<EnforcementSide>, EnforcementItemModel[], string>;
  enforcementCountsOfOrganizations: DataLoader<OrganizationCountRequest<EnforcementSide>, number[], string>;
}

export function createEnforcementLoaders(repository: EnforcementRepository, today: string): EnforcementLoaders {
  return {
    enforcementItemById: keyedLoader(
      (ids) => repository.findByIds(ids, today),
      (e) => e.id,
    ),
    enforcementPagesOfOrganizations: groupedLoader(
      (requests) => repository.pagesOfOrganizations(requests),
      (r) => r.key,
    ),
    enforcementCountsOfOrganizations: groupedLoader(
      (requests) => repository.countsOfOrganizations(requests),
      (r) => r.key,
    ),
  };
}
