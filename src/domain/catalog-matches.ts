/**
 * Writing catalog matches (issue 17 §1): every write that can change what a row matches (a
 * catalog's import, an assignment, a power list's import) matches, in its own transaction, the
 * current power rows of the organizations a catalog governs against that catalog's current items,
 * and stores each match (MATCHES_CATALOG {method, score}) between the two versions. Versions never
 * change, so a stored match never goes stale; an as-of question reads the versions in force then.
 * 匹配在写入的同一事务中计算并保存。
 */
import { z } from 'zod';

import { cypher } from '../db/cypher-registry';
import type { Tx } from '../db/database';
import { decodeRows, maybeText, text } from '../db/decode';
import { matchCatalog } from './catalog';

const GOVERNED = cypher('catalog/governed-organizations');
const INPUTS = cypher('catalog/match-inputs');
const WRITE = cypher('catalog/write-matches');

const GOVERNED_ROW = z.object({ catalogKey: text, organizationId: text, level: text });
const MATCHABLE = {
  id: text,
  code: maybeText,
  name: text,
  subName: maybeText,
  category: text,
};
const INPUTS_ROW = z.object({
  items: z.array(z.object({ ...MATCHABLE, levels: z.array(text) })),
  rows: z.array(z.object(MATCHABLE)),
});

/** Which governed pairs to match: those of one catalog, or of some organizations (by name key). */
export type MatchScope = { catalogKey: string } | { organizationKeys: readonly string[] };

/** Matches and stores; returns how many matches were written. */
export async function writeCatalogMatches(tx: Tx, scope: MatchScope): Promise<number> {
  const governed = decodeRows(
    GOVERNED,
    await tx.run(GOVERNED, {
      catalogKey: 'catalogKey' in scope ? scope.catalogKey : null,
      organizationKeys: 'organizationKeys' in scope ? [...scope.organizationKeys] : null,
    }),
    GOVERNED_ROW,
  );
  let written = 0;
  for (const pair of governed) {
    const [inputs] = decodeRows(INPUTS, await tx.run(INPUTS, pair), INPUTS_ROW);
    if (!inputs) continue;
    const matches = matchCatalog(inputs.rows, inputs.items, pair.level);
    for (let start = 0; start < matches.length; start += 1000) {
      await tx.run(WRITE, { matches: matches.slice(start, start + 1000) });
    }
    written += matches.length;
  }
  return written;
}
