import type DataLoader from 'dataloader';

import { keyedLoader } from '../../shared/loader';
import type { AdminDivisionModel, OrganizationModel } from './organization.model';
import type { OrganizationRepository } from './organization.repository';

export interface OrganizationLoaders {
  organizationById: DataLoader<string, OrganizationModel | null>;
  divisionByCode: DataLoader<string, AdminDivisionModel | null>;
}

export function createOrganizationLoaders(repository: OrganizationRepository): OrganizationLoaders {
  return {
    organizationById: keyedLoader((ids) => repository.findByIds(ids), (o) => o.id),
    divisionByCode: keyedLoader((codes) => repository.findDivisions(codes), (d) => d.code),
  };
}
