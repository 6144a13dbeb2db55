import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import { decodeRows, ids, text } from '../../db/decode';
import type { RespondentChangeModel } from './reassignment.model';

const RESPONDENTS = cypher('reassignment/respondents');

const RESPONDENT_ROW = z.object({
  powerId: text,
  exerciserIds: ids,
  handOvers: z.array(z.object({ toId: text, fromId: text, mode: text })),
});

/**
 * Who answers for acts under each power (行政复议被申请人), by channel: acts of its exerciser
 * (`OWN`) are answered for by the exerciser; acts of a receiver under a hand-over by the delegator
 * when entrusted (委托), by the receiver itself otherwise.
 */
export type Respondents = Map<string, Map<string, string>>;

export async function respondentsOf(tx: Tx, powerIds: readonly string[], effectiveDate: string): Promise<Respondents> {
  const rows = decodeRows(RESPONDENTS, await tx.run(RESPONDENTS, { powerIds, effectiveDate }), RESPONDENT_ROW);
  const out: Respondents = new Map();
  for (const row of rows) {
    const channels = new Map<string, string>();
    const own = row.exerciserIds[0];
    if (own !== undefined) channels.set('OWN', own);
    for (const h of row.handOvers) channels.set(`TO:${h.toId}`, h.mode === 'ENTRUST' ? h.fromId : h.toId);
    out.set(row.powerId, channels);
  }
  return out;
}

/** For each power, each channel whose respondent differs; identical changes listed once. */
export function respondentChanges(
  powerIds: readonly string[],
  before: Respondents,
  after: Respondents,
): RespondentChangeModel[] {
  const seen = new Set<string>();
  const changes: RespondentChangeModel[] = [];
  for (const powerId of powerIds) {
    const b = before.get(powerId) ?? new Map<string, string>();
    const a = after.get(powerId) ?? new Map<string, string>();
    for (const channel of [...new Set([...b.keys(), ...a.keys()])].sort()) {
      const beforeId = b.get(channel) ?? null;
      const afterId = a.get(channel) ?? null;
      const key = `${powerId}|${beforeId}|${afterId}`;
      if (beforeId === afterId || seen.has(key)) continue;
      seen.add(key);
      changes.push({ powerId, beforeId, afterId });
    }
  }
  return changes;
}
