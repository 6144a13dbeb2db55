import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeColumn, decodeRows, maybeNumber, maybeText, text } from '../../db/decode';
import type { CatalogItemModel } from './catalog.model';

const FIND_ITEMS = cypher('catalog/find-items-by-ids');
const MATCHED = cypher('catalog/conformance-matched');
const IN_DIVISION = cypher('catalog/governed-in-division');
const GOVERNED_ON = cypher('catalog/governed-on');

const ITEM = z.object({
  id: text,
  catalog: text,
  code: maybeText,
  name: text,
  subName: maybeText,
  category: text,
  rawCategory: maybeText,
  levels: z.array(text),
  levelText: maybeText,
  exercisedBy: maybeText,
  undertakenBy: maybeText,
  basisText: maybeText,
  sourceFile: maybeText,
  sourceSheet: maybeText,
  sourceRow: maybeNumber,
  validFrom: maybeText,
  validTo: maybeText,
}) satisfies z.ZodType<CatalogItemModel>;

const GOVERNED = z.object({
  organizationId: text,
  organizationName: text,
  catalog: text,
  level: text,
  items: z.number(),
  matches: z.array(
    z.object({
      powerId: text,
      powerName: text,
      itemId: text,
      itemName: text,
      method: z.enum(['CODE', 'NAME', 'SIMILARITY']),
      score: z.number(),
    }),
  ),
});
export type GovernedRow = z.infer<typeof GOVERNED>;

/** Reads of guiding catalogs (issue 17 §1). */
export class CatalogRepository {
  constructor(private readonly db: Database) {}

  async findItems(ids: readonly string[]): Promise<CatalogItemModel[]> {
    const rows = await this.db.read('catalogItems.byIds', FIND_ITEMS, { ids });
    return decodeColumn(FIND_ITEMS, rows, 'item', ITEM);
  }

  /** The catalogs governing each organization on the day, with its rows matched at its level. */
  async governed(organizationIds: readonly string[], asOf: string): Promise<GovernedRow[]> {
    const rows = await this.db.read('catalog.conformance', MATCHED, { organizationIds, asOf });
    return decodeRows(MATCHED, rows, GOVERNED);
  }

  /** Every organization a catalog governs on the day (the report without --org). */
  async governedOrganizations(asOf: string): Promise<string[]> {
    const rows = await this.db.read('catalog.governedOn', GOVERNED_ON, { asOf });
    return decodeRows(GOVERNED_ON, rows, z.object({ id: text })).map((r) => r.id);
  }

  /** Governed organizations of a division and the divisions under it. */
  async organizationsOfDivision(divisionCode: string, asOf: string, limit: number): Promise<string[]> {
    const rows = await this.db.read('catalog.ofDivision', IN_DIVISION, { divisionCode, asOf, limit });
    return decodeRows(IN_DIVISION, rows, z.object({ id: text })).map((r) => r.id);
  }
}
