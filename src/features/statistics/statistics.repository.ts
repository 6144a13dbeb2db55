import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, maybeText, text } from '../../db/decode';
import type { PowerCategoryValue } from '../power/power.model';
import { ORGANIZATION } from '../organization/organization.rows';
import type { BasisLevelValue, ScopedOrganization, StatisticsCell } from './statistics.model';

const SCOPE_ORGANIZATIONS = cypher('statistics/scope-organizations');
const POWER_COUNTS = cypher('statistics/power-counts');
const HANDOVER_COUNTS = cypher('statistics/handover-counts');
const LIST_COUNTS = cypher('statistics/list-counts');

const count = z.number();
const category = maybeText.transform((v) => v as PowerCategoryValue | null);

const SCOPE_ROW = z.object({
  organizationId: text,
  name: text,
  orgType: maybeText,
  parentId: maybeText,
  divisionCode: maybeText,
  divisionLevel: maybeText,
  organization: ORGANIZATION,
}) satisfies z.ZodType<ScopedOrganization>;

const POWER_ROW = z.object({
  organizationId: text,
  category,
  basisLevel: text.transform((v) => v as BasisLevelValue),
  powers: count,
  subItems: count,
});

const HANDOVER_ROW = z.object({
  organizationId: text,
  side: z.enum(['FROM', 'TO']),
  state: z.enum(['ACTIVE', 'RECALLED', 'EXPIRED']),
  mode: maybeText,
  category,
  items: count,
});

const LIST_ROW = z.object({
  organizationId: text,
  list: z.enum(['WHISTLE', 'DUTY', 'LENIENT']),
  category,
  items: count,
});

const HANDOVER_MEASURE = {
  ACTIVE: 'handOversActive',
  RECALLED: 'handOversRecalled',
  EXPIRED: 'handOversExpired',
} as const;
const LIST_MEASURE = { WHISTLE: 'whistleMatters', DUTY: 'dutyItems', LENIENT: 'lenientItems' } as const;

/**
 * A division code of the usual form that names no division (codes start with the province's two
 * digits, never 00): what `prepare` plans the statements with, reading nothing.
 */
const NO_DIVISION = '000000';

/** Statistics // 统计: counts per organization at the finest breakdown; the service groups them. */
export class StatisticsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Runs the statements once for a division that does not exist, so that Neo4j plans them now and
   * not during the first `statistics` request (about a second of planning for the four statements
   * on a busy two-core machine, against tens of milliseconds to run them). Neo4j keeps a plan per
   * statement and per kind and rough size of its parameters: a division code of six digits also
   * serves nine-digit ones; a scope given as organization ids is planned by its first request.
   * 启动时预先规划统计语句。
   */
  async prepare(asOf: string): Promise<void> {
    await Promise.all([this.scope(NO_DIVISION, null, asOf), this.cells(NO_DIVISION, null, asOf)]);
  }

  async scope(divisionCode: string | null, organizationIds: readonly string[] | null, asOf: string): Promise<ScopedOrganization[]> {
    const rows = await this.db.read('statistics.scope', SCOPE_ORGANIZATIONS, { divisionCode, organizationIds, asOf });
    return decodeRows(SCOPE_ORGANIZATIONS, rows, SCOPE_ROW);
  }

  /**
   * Every count of the organizations of the scope on `asOf` (active or not: the caller keeps those
   * `scope` gives), one cell per organization and breakdown. The statements take the scope itself,
   * not its organizations' ids, so they run at the same time as `scope` (one round trip).
   */
  async cells(divisionCode: string | null, organizationIds: readonly string[] | null, asOf: string): Promise<StatisticsCell[]> {
    const params = { divisionCode, organizationIds, asOf };
    const [powers, handOvers, lists] = await Promise.all([
      this.db.read('statistics.powers', POWER_COUNTS, params),
      this.db.read('statistics.handOvers', HANDOVER_COUNTS, params),
      this.db.read('statistics.lists', LIST_COUNTS, params),
    ]);
    const cells: StatisticsCell[] = [];
    for (const r of decodeRows(POWER_COUNTS, powers, POWER_ROW)) {
      cells.push({
        organizationId: r.organizationId,
        category: r.category,
        basisLevel: r.basisLevel,
        handOverMode: null,
        counts: { powers: r.powers, subItems: r.subItems },
      });
    }
    for (const r of decodeRows(HANDOVER_COUNTS, handOvers, HANDOVER_ROW)) {
      // The department's side counts only what is in force (enforcementItemsHandedOver).
      if (r.side === 'FROM' && r.state !== 'ACTIVE') continue;
      const measure = r.side === 'FROM' ? 'handOversGiven' : HANDOVER_MEASURE[r.state];
      cells.push({
        organizationId: r.organizationId,
        category: r.category,
        basisLevel: null,
        handOverMode: r.mode,
        counts: { [measure]: r.items },
      });
    }
    for (const r of decodeRows(LIST_COUNTS, lists, LIST_ROW)) {
      cells.push({
        organizationId: r.organizationId,
        category: r.category,
        basisLevel: null,
        handOverMode: null,
        counts: { [LIST_MEASURE[r.list]]: r.items },
      });
    }
    return cells;
  }
}
