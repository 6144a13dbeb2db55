import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { listKind } from '../../domain/list-kinds';
import type { LenientItemModel } from './lenient.model';

const FIND_BY_IDS = cypher(listKind('lenient').statements.findByIds);

export class LenientRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: readonly string[], asOf: string): Promise<LenientItemModel[]> {
    const rows = await this.db.read('lenientItems.byIds', FIND_BY_IDS, { ids, asOf });
    return rows.map((row) => row['item'] as LenientItemModel);
  }
}
