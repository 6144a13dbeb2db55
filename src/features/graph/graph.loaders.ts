import type DataLoader from 'dataloader';

import { groupedLoader } from '../../shared/grouped-loader';
import type { CategoryCountModel, CategoryCountRequest } from './graph.model';
import { categoryKey, type GraphRepository } from './graph.repository';

export interface GraphLoaders {
  /** Organization.powerCategories, every organization and date of a request in one round trip. */
  powerCategories: DataLoader<CategoryCountRequest, CategoryCountModel[], string>;
}

export function createGraphLoaders(repository: GraphRepository): GraphLoaders {
  return {
    powerCategories: groupedLoader((requests) => repository.powerCategories(requests), categoryKey),
  };
}
