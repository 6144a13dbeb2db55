import type DataLoader from 'dataloader';

import type { OrganizationCountRequest, OrganizationPageRequest } from '../enforcement/organization-pages';
import { groupedLoader } from '../../shared/grouped-loader';
import type { WhistleMatterModel, WhistleSide } from './whistle.model';
import type { WhistleRepository } from './whistle.repository';

export interface WhistleLoaders {
  whistlePagesOfOrganizations: DataLoader<OrganizationPageRequest<WhistleSide>, WhistleMatterModel[], string>;
  whistleCountsOfOrganizations: DataLoader<OrganizationCountRequest<WhistleSide>, number[], string>;
}

export function createWhistleLoaders(repository: WhistleRepository): WhistleLoaders {
  return {
    whistlePagesOfOrganizations: groupedLoader(
      (requests) => repository.pagesOfOrganizations(requests),
      (r) => r.key,
    ),
    whistleCountsOfOrganizations: groupedLoader(
      (requests) => repository.countsOfOrganizations(requests),
      (r) => r.key,
    ),
  };
}
