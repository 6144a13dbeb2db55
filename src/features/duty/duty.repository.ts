import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, ids, maybeText, model, text } from '../../db/decode';
import { listKind } from '../../domain/list-kinds';
import type { TownshipDutyItemModel } from './duty.model';

const FIND_BY_IDS = cypher(listKind('duties').statements.findByIds);

/** A TownshipDutyItem as find-by-ids projects it (`item`). */
const DUTY_ITEM = model({
  id: text,
  listKind: text,
  name: text,
  townshipDuty: maybeText,
  departmentDuty: maybeText,
  basis: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  asOf: text,
  townshipId: maybeText,
  counterpartIds: ids,
  primaryCounterpartId: maybeText,
  neededPowerIds: ids,
}) satisfies z.ZodType<TownshipDutyItemModel>;

export class DutyRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: readonly string[], asOf: string): Promise<TownshipDutyItemModel[]> {
    const rows = await this.db.read('townshipDutyItems.byIds', FIND_BY_IDS, { ids, asOf });
    return decodeRows(FIND_BY_IDS, rows, z.object({ item: DUTY_ITEM })).map((r) => r.item);
  }
}
