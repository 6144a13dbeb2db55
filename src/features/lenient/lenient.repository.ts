import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, ids, maybeText, model, text } from '../../db/decode';
import { listKind } from '../../domain/list-kinds';
import type { LenientItemModel } from './lenient.model';

const FIND_BY_IDS = cypher(listKind('lenient').statements.findByIds);

/** A LenientItem as find-by-ids projects it (`item`). */
const LENIENT_ITEM = model({
  id: text,
  kind: text,
  violation: text,
  conditions: maybeText,
  violationBasis: maybeText,
  penaltyBasis: maybeText,
  lenientBasis: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  asOf: text,
  appliesToIds: ids,
  implementedByIds: ids,
}) satisfies z.ZodType<LenientItemModel>;

export class LenientRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: readonly string[], asOf: string): Promise<LenientItemModel[]> {
    const rows = await this.db.read('lenientItems.byIds', FIND_BY_IDS, { ids, asOf });
    return decodeRows(FIND_BY_IDS, rows, z.object({ item: LENIENT_ITEM })).map((r) => r.item);
  }
}
