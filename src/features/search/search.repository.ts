import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, maybeText, text } from '../../db/decode';
import type { Candidate } from './rank';

const QUERY = cypher('search/query');
const BY_CODE = cypher('search/by-code');
/** A candidate as search/query returns it (and the compiled search, search.compiled.ts). */
export const CANDIDATE = z.object({
  type: maybeText,
  id: text,
  score: z.number(),
  texts: z.array(z.string().nullable()),
});

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** Full-text candidates valid on `asOf`, best Lucene score first. `query` is an escaped Lucene query. */
  async candidates(query: string, asOf: string, candidates: number): Promise<Candidate[]> {
    const rows = await this.db.read('search.candidates', QUERY, { query, asOf, candidates });
    // Rows of nodes with no searchable label come back with a null type: not candidates.
    return decodeRows(QUERY, rows, CANDIDATE).flatMap((c) => (c.type === null ? [] : [{ ...c, type: c.type }]));
  }

  /** Powers whose normalised item code (事项编码) is `code` or starts with it, valid on `asOf`, by code. */
  async byCode(code: string, asOf: string, candidates: number): Promise<Candidate[]> {
    const rows = await this.db.read('search.byCode', BY_CODE, { code, asOf, candidates });
    return decodeRows(BY_CODE, rows, CANDIDATE).map((c) => ({ ...c, type: c.type ?? 'Power' }));
  }
}
