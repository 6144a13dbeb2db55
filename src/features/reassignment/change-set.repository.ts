import { z } from 'zod';

import { cypher, type CypherRef } from '../../db/cypher-registry';
import type { Database, Row, Tx } from '../../db/database';
import { decodeRow, decodeRows, maybeNumber, maybeText, text } from '../../db/decode';
import type { ChangeSetContent } from '../../domain/change-set/change-set-hash';
import type { ChangeSetModel } from './reassignment.model';

const FIND_BY_IDS = cypher('reassignment/change-sets-find-by-ids');
const PAGE = cypher('reassignment/change-sets-page');
const COUNT = cypher('reassignment/change-sets-count');
const CHAIN = cypher('reassignment/change-sets-chain');
const DEPENDENTS = cypher('reassignment/change-set-dependents');

/** What the hash covers, and the hash. */
const CHAIN_LINK = z.looseObject({
  id: text,
  seq: z.number(),
  at: text,
  actor: text,
  reason: text,
  kind: text,
  summary: text,
  hash: text,
  prevHash: text,
}) satisfies z.ZodType<ChangeSetContent & { hash: string }>;
const CHANGE_SET = z.object({
  changeSet: CHAIN_LINK.extend({ revertedById: maybeText }) satisfies z.ZodType<ChangeSetModel>,
});
const CHAIN_ROW = z.object({ headSeq: maybeNumber, headHash: maybeText, chain: z.array(CHAIN_LINK) });
const models = (ref: CypherRef, rows: readonly Row[]): ChangeSetModel[] => decodeRows(ref, rows, CHANGE_SET).map((r) => r.changeSet);

export class ChangeSetRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: readonly string[]): Promise<ChangeSetModel[]> {
    return models(FIND_BY_IDS, await this.db.read('changeSets.byIds', FIND_BY_IDS, { ids }));
  }

  async findInTx(tx: Tx, id: string): Promise<ChangeSetModel | null> {
    return models(FIND_BY_IDS, await tx.run(FIND_BY_IDS, { ids: [id] }))[0] ?? null;
  }

  /** Newest first, `limit` rows after the sequence number `afterSeq`. */
  async page(afterSeq: number | null, limit: number): Promise<ChangeSetModel[]> {
    return models(PAGE, await this.db.read('changeSets.page', PAGE, { afterSeq, limit }));
  }

  async count(): Promise<number> {
    const rows = await this.db.read('changeSets.count', COUNT);
    return Number(rows[0]?.['total'] ?? 0);
  }

  /** The whole chain in order and the anchor, for `quanze audit verify`. */
  async chain(): Promise<{
    head: { seq: number; hash: string } | null;
    chain: (ChangeSetContent & { hash: string })[];
  }> {
    const [row] = await this.db.read('changeSets.chain', CHAIN);
    if (row === undefined) return { head: null, chain: [] };
    const { headSeq, headHash, chain } = decodeRow(CHAIN, row, CHAIN_ROW);
    return { head: headSeq === null ? null : { seq: headSeq, hash: String(headHash) }, chain };
  }

  /** Later change sets (not reverted) that touched any of `ids`. */
  async dependents(tx: Tx, seq: number, ids: readonly string[]): Promise<string[]> {
    const rows = await tx.run(DEPENDENTS, { seq, ids });
    return rows.map((r) => String(r['id']));
  }
}
