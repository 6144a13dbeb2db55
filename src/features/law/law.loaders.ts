import type DataLoader from 'dataloader';

import { keyedLoader } from '../../shared/loader';
import { groupedLoader } from '../../shared/grouped-loader';
import type { LegalDocumentModel, LegalVersionModel, ProvisionModel } from './law.model';
import type { LawRepository } from './law.repository';

export interface LawLoaders {
  lawById: DataLoader<string, LegalDocumentModel | null>;
  legalVersionById: DataLoader<string, LegalVersionModel | null>;
  legalVersionsByLawId: DataLoader<string, LegalVersionModel[], string>;
  provisionById: DataLoader<string, ProvisionModel | null>;
}

export function createLawLoaders(repository: LawRepository): LawLoaders {
  return {
    lawById: keyedLoader(
      (ids) => repository.findDocuments(ids),
      (l) => l.id,
    ),
    legalVersionById: keyedLoader(
      (ids) => repository.findVersions(ids),
      (v) => v.id,
    ),
    legalVersionsByLawId: groupedLoader(
      async (ids) => (await repository.findVersionsOfDocuments(ids)).map((v) => [v.lawId, v] as const),
      (id) => id,
    ),
    provisionById: keyedLoader(
      (ids) => repository.findProvisions(ids),
      (p) => p.id,
    ),
  };
}
