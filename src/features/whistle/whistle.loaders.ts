import type DataLoader from 'dataloader';

import { keyedLoader } from '../../shared/loader';
import type { OrganizationCountRequest, OrganizationPageRequest } from '../enforcement/organization-pages';
import { groupedLoader } from '../../shared/grouped-loader';
import type { WhistleMatterModel, WhistleSide } from './whistle.model';
import type { WhistleRepository } from './whistle.repository';

export interface WhistleLoaders {
  /** By id, with the needed powers as of today (node(id:)). */
  whistleMatterById: DataLoader<string, WhistleMatterModel | null>;
  whistlePagesOfOrganizations: DataLoader<OrganizationPageRequest<WhistleSide>, WhistleMatterModel[], string>;
  whistleCountsOfOrganizations: DataLoader<OrganizationCountRequest<WhistleSide>, number[], string>;
}

export function createWhistleLoaders(repository: WhistleRepository, today: string): WhistleLoaders {
  return {
    whistleMatterById: keyedLoader(
      (ids) => repository.findByIds(ids, today),
      (m) => m.id,
    ),
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
