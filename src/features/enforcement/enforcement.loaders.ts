import type DataLoader from 'dataloader';

import { groupedLoader } from '../../shared/grouped-loader';
import type { EnforcementItemModel, EnforcementSide } from './enforcement.model';
import type { EnforcementRepository } from './enforcement.repository';
import type { OrganizationCountRequest, OrganizationPageRequest } from './organization-pages';

export interface EnforcementLoaders {
  enforcementPagesOfOrganizations: DataLoader<OrganizationPageRequest<EnforcementSide>, EnforcementItemModel[], string>;
  enforcementCountsOfOrganizations: DataLoader<OrganizationCountRequest<EnforcementSide>, number[], string>;
}

export function createEnforcementLoaders(repository: EnforcementRepository): EnforcementLoaders {
  return {
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
