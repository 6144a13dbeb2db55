import type DataLoader from 'dataloader';

import type { Database } from '../../db/database';
import { keyedLoader } from '../../shared/loader';
import type { CatalogItemModel } from './catalog.model';
import { CatalogRepository } from './catalog.repository';

export interface CatalogLoaders {
  catalogItemById: DataLoader<string, CatalogItemModel | null>;
}

export function createCatalogLoaders(db: Database): CatalogLoaders {
  const repository = new CatalogRepository(db);
  return {
    catalogItemById: keyedLoader(
      (ids) => repository.findItems(ids),
      (i) => i.id,
    ),
  };
}
