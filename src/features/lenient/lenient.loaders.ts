import type DataLoader from 'dataloader';

import type { Database } from '../../db/database';
import { keyedLoader } from '../../shared/loader';
import type { LenientItemModel } from './lenient.model';
import { LenientRepository } from './lenient.repository';

export interface LenientLoaders {
  /** By id, with the powers it applies to as of today. */
  lenientItemById: DataLoader<string, LenientItemModel | null>;
}

export function createLenientLoaders(db: Database, today: string): LenientLoaders {
  const repository = new LenientRepository(db);
  return {
    lenientItemById: keyedLoader(
      (ids) => repository.findByIds(ids, today),
      (l) => l.id,
    ),
  };
}
