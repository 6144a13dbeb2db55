import type DataLoader from 'dataloader';

import { keyedLoader } from '../../shared/loader';
import type { OrganizationModel } from '../organization/organization.model';
import { groupedLoader } from '../../shared/grouped-loader';
import type { PowerModel, ResponsibilityModel } from './power.model';
import {
  datedKeyId,
  organizationPowersRequestId,
  type DatedKey,
  type OrganizationPowersRequest,
  type PowerRepository,
} from './power.repository';

export interface PowerLoaders {
  powerById: DataLoader<string, PowerModel | null>;
  /** One page of an organization's powers per request; many organizations cost one query. */
  organizationPowers: DataLoader<OrganizationPowersRequest, PowerModel[], string>;
  /** Organizations exercising a power `{id: power id, asOf}`. */
  exercisersByPower: DataLoader<DatedKey, OrganizationModel[], string>;
  responsibilitiesByPower: DataLoader<string, ResponsibilityModel[], string>;
  /** Sub-item rows of an item row `{id: parent id, asOf}`. */
  subItemsByParent: DataLoader<DatedKey, PowerModel[], string>;
}

export function createPowerLoaders(repository: PowerRepository): PowerLoaders {
  return {
    powerById: keyedLoader(
      (ids) => repository.findByIds(ids),
      (p) => p.id,
    ),
    organizationPowers: groupedLoader(
      (requests) => repository.pagesOfOrganizations(requests),
      organizationPowersRequestId,
    ),
    exercisersByPower: groupedLoader((keys) => repository.findExercisers(keys), datedKeyId),
    responsibilitiesByPower: groupedLoader(
      (ids) => repository.findResponsibilities(ids),
      (id) => id,
    ),
    subItemsByParent: groupedLoader((keys) => repository.findSubItems(keys), datedKeyId),
  };
}
