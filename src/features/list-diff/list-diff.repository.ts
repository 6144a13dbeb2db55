import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, maybeNumber, maybeText, maybeTexts, text } from '../../db/decode';
import type { ChangeCause, DiffRow } from './list-diff.model';

const POWERS_AT = cypher('list-diff/powers-at');
const CHANGE_SETS = cypher('list-diff/change-sets-of-rows');
const ORGANIZATIONS = cypher('list-diff/organizations-of-division');

const ROW = z.object({
  day: text,
  id: text,
  identityKey: text,
  name: text,
  subName: maybeText,
  category: text,
  citations: maybeText,
  accountability: maybeTexts,
  responsibilities: maybeTexts,
  validFrom: text,
  validTo: maybeText,
  exerciseFrom: maybeText,
  exerciseTo: maybeText,
}) satisfies z.ZodType<DiffRow>;

const CANDIDATE = z.object({
  powerId: text,
  cause: z.enum(['START', 'END', 'PLAN']),
  changeSetId: text,
  kind: text,
  seq: maybeNumber,
  summary: maybeText,
  day: maybeText,
});
export type ChangeSetCandidate = z.infer<typeof CANDIDATE>;

const ORGANIZATION = z.object({ id: text, name: text });

export class ListDiffRepository {
  constructor(private readonly db: Database) {}

  /** The organization's power rows on `from` and on `to`. */
  async rowsAt(organizationId: string, from: string, to: string): Promise<{ from: DiffRow[]; to: DiffRow[] }> {
    const rows = decodeRows(
      POWERS_AT,
      await this.db.read('listDiff.powersAt', POWERS_AT, { organizationId, from, to }),
      ROW,
    );
    return { from: rows.filter((r) => r.day === from), to: rows.filter((r) => r.day === to) };
  }

  /** The change sets that may have made each (row, cause), oldest first. */
  async changeSets(rows: readonly { powerId: string; cause: ChangeCause }[]): Promise<ChangeSetCandidate[]> {
    if (rows.length === 0) return [];
    return decodeRows(CHANGE_SETS, await this.db.read('listDiff.changeSets', CHANGE_SETS, { rows }), CANDIDATE);
  }

  /** Organizations of the division and the divisions under it in force on either day, at most `limit`. */
  async organizationsOf(
    divisionCode: string,
    from: string,
    to: string,
    limit: number,
  ): Promise<{ id: string; name: string }[]> {
    const rows = await this.db.read('listDiff.organizations', ORGANIZATIONS, { divisionCode, from, to, limit });
    return decodeRows(ORGANIZATIONS, rows, ORGANIZATION);
  }
}
