import { cypher } from '../../../db/cypher-registry';
import type { Database } from '../../../db/database';
import type { AuthorityFacts, AuthorityQuery } from './authority.model';

const FACTS = cypher('analysis/authority-facts');

export class AuthorityRepository {
  constructor(private readonly db: Database) {}

  /** Null when there is no such organization. One round trip. */
  async facts(query: AuthorityQuery): Promise<AuthorityFacts | null> {
    const rows = await this.db.read('analysis.checkAuthority', FACTS, { ...query });
    const row = rows[0];
    return row ? (row as unknown as AuthorityFacts) : null;
  }
}
