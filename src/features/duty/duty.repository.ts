import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import type { TownshipDutyItemModel } from './duty.model';

const FIND_BY_IDS = cypher('duty/find-by-ids');

export class DutyRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: readonly string[], asOf: string): Promise<TownshipDutyItemModel[]> {
    const rows = await this.db.read('townshipDutyItems.byIds', FIND_BY_IDS, { ids, asOf });
    return rows.map((row) => row['item'] as TownshipDutyItemModel);
  }
}
