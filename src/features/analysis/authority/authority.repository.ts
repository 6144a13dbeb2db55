import { z } from 'zod';

import { cypher } from '../../../db/cypher-registry';
import type { Database } from '../../../db/database';
import { decodeRow, maybeNumber, maybeText, model, text } from '../../../db/decode';
import { POWER_CATEGORIES } from '../../../domain/categories';
import { ORG_TYPES } from '../../../domain/organizations';
import { HAND_OVER_MODES } from '../../enforcement/enforcement.model';
import type { AuthorityFacts, AuthorityQuery } from './authority.model';

const FACTS = cypher('analysis/authority-facts');

const orgType = z.enum(ORG_TYPES);

/** What authority-facts.cypher returns (one row). */
const AUTHORITY_FACTS = model({
  organization: model({
    id: text,
    name: text,
    orgType,
    validFrom: maybeText,
    validTo: maybeText,
    divisionCode: maybeText,
    divisionName: maybeText,
  }),
  division: model({ code: text, name: text }).nullable(),
  withinJurisdiction: z.boolean(),
  power: model({
    id: text,
    name: text,
    subName: maybeText,
    category: z.enum(POWER_CATEGORIES),
    rawCategory: maybeText,
    identityKey: maybeText,
  }).nullable(),
  ownRows: z.array(
    model({
      id: text,
      name: text,
      validFrom: maybeText,
      validTo: maybeText,
      sourceFile: maybeText,
      sourceSheet: maybeText,
      sourceRow: maybeNumber,
      linkFrom: maybeText,
      linkTo: maybeText,
      basis: z.array(
        model({
          provisionId: text,
          lawName: text,
          article: z.number(),
          suffix: maybeNumber,
          chapter: maybeNumber,
          citedText: maybeText,
        }),
      ),
    }),
  ),
  handOvers: z.array(
    model({
      id: text,
      name: text,
      mode: z.enum(HAND_OVER_MODES),
      rawMode: maybeText,
      actsInNameOf: z.enum(['SELF', 'DELEGATOR']),
      decisionDocNo: maybeText,
      validFrom: maybeText,
      validTo: maybeText,
      status: text,
      from: model({ id: text, name: text, orgType, validFrom: maybeText, validTo: maybeText }),
    }),
  ),
}) satisfies z.ZodType<AuthorityFacts>;

export class AuthorityRepository {
  constructor(private readonly db: Database) {}

  /** Null when there is no such organization. One round trip. */
  async facts(query: AuthorityQuery): Promise<AuthorityFacts | null> {
    const rows = await this.db.read('analysis.checkAuthority', FACTS, { ...query });
    const row = rows[0];
    return row ? decodeRow(FACTS, row, AUTHORITY_FACTS) : null;
  }
}
