import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import type { Candidate } from './rank';

const QUERY = cypher('search/query');

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** Full-text candidates valid on `asOf`, best Lucene score first. `query` is an escaped Lucene query. */
  async candidates(query: string, asOf: string, candidates: number): Promise<Candidate[]> {
    const rows = await this.db.read('search.candidates', QUERY, { query, asOf, candidates });
    return rows
      .filter((row) => typeof row['type'] === 'string')
      .map((row) => ({
        type: row['type'] as string,
        id: row['id'] as string,
        score: Number(row['score']),
        texts: row['texts'] as (string | null)[],
      }));
  }
}
