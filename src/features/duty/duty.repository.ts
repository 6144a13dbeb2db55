import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { listKind } from '../../domain/list-kinds';
import type { TownshipDutyItemModel } from './duty.model';

const FIND_BY_IDS = cypher(listKind('duties').statements.findByIds);

export class DutyRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: readonly string[], asOf: string): Promise<TownshipDutyItemModel[]> {
    const rows = await this.db.read('townshipDutyItems.byIds', FIND_BY_IDS, { ids, asOf });
    return rows.map((row) => row['item'] as TownshipDutyItemModel);
  }
}
