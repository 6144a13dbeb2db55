import type DataLoader from 'dataloader';

import type { Database } from '../../db/database';
import { keyedLoader } from '../../shared/loader';
import type { TownshipDutyItemModel } from './duty.model';
import { DutyRepository } from './duty.repository';

export interface DutyLoaders {
  /** By id, with the needed powers as of today. */
  townshipDutyItemById: DataLoader<string, TownshipDutyItemModel | null>;
}

export function createDutyLoaders(db: Database, today: string): DutyLoaders {
  const repository = new DutyRepository(db);
  return {
    townshipDutyItemById: keyedLoader(
      (ids) => repository.findByIds(ids, today),
      (d) => d.id,
    ),
  };
}
