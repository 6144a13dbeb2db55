import { z } from 'zod';

import { cypher, type CypherRef } from '../../db/cypher-registry';
import type { Row, Tx } from '../../db/database';
import { decodeRows, ids, maybeText, text } from '../../db/decode';

const HISTORY_START = cypher('reassignment/history-start');
const ORGANIZATION_FACTS = cypher('reassignment/organization-facts');
const NAME_TAKEN = cypher('reassignment/organization-name-taken');
const POWER_FACTS = cypher('reassignment/power-facts');
const ENFORCEMENT_FACTS = cypher('reassignment/enforcement-facts');
const HANDOVERS_EXISTING = cypher('reassignment/handovers-existing');

export interface OrganizationFact {
  id: string;
  found: boolean;
  name: string | null;
  orgType: string | null;
  active: boolean;
}

export interface PowerFact {
  id: string;
  found: boolean;
  name: string | null;
  category: string | null;
  rawCategory: string | null;
  exerciserIds: string[];
}

export interface EnforcementFact {
  id: string;
  found: boolean;
  active: boolean;
  powerIds: string[];
  fromId: string | null;
  toId: string | null;
}

const ORGANIZATION_FACT = z.object({
  id: text,
  found: z.boolean(),
  name: maybeText,
  orgType: maybeText,
  active: z.boolean(),
}) satisfies z.ZodType<OrganizationFact>;
const POWER_FACT = z.object({
  id: text,
  found: z.boolean(),
  name: maybeText,
  category: maybeText,
  rawCategory: maybeText,
  exerciserIds: ids,
}) satisfies z.ZodType<PowerFact>;
const ENFORCEMENT_FACT = z.object({
  id: text,
  found: z.boolean(),
  active: z.boolean(),
  powerIds: ids,
  fromId: maybeText,
  toId: maybeText,
}) satisfies z.ZodType<EnforcementFact>;

const byId = <T extends { id: string }>(ref: CypherRef, rows: readonly Row[], schema: z.ZodType<T>): Map<string, T> =>
  new Map(decodeRows(ref, rows, schema).map((r) => [r.id, r]));

/** What validation needs to know, read in the plan's transaction (so earlier operations count). */
export class PlanFacts {
  constructor(
    private readonly tx: Tx,
    private readonly effectiveDate: string,
  ) {}

  async historyStart(organizationIds: readonly string[]): Promise<string | null> {
    const rows = await this.tx.run(HISTORY_START, { organizationIds });
    const start = rows[0]?.['start'];
    return typeof start === 'string' ? start : null;
  }

  async organizations(ids: readonly string[]): Promise<Map<string, OrganizationFact>> {
    const rows = await this.tx.run(ORGANIZATION_FACTS, { ids: [...new Set(ids)], effectiveDate: this.effectiveDate });
    return byId(ORGANIZATION_FACTS, rows, ORGANIZATION_FACT);
  }

  async nameTaken(nameKey: string): Promise<boolean> {
    const rows = await this.tx.run(NAME_TAKEN, { nameKey });
    return rows[0]?.['id'] != null;
  }

  async powers(ids: readonly string[]): Promise<Map<string, PowerFact>> {
    if (ids.length === 0) return new Map();
    const rows = await this.tx.run(POWER_FACTS, { ids: [...new Set(ids)], effectiveDate: this.effectiveDate });
    return byId(POWER_FACTS, rows, POWER_FACT);
  }

  async enforcementItems(ids: readonly string[]): Promise<Map<string, EnforcementFact>> {
    if (ids.length === 0) return new Map();
    const rows = await this.tx.run(ENFORCEMENT_FACTS, { ids: [...new Set(ids)], effectiveDate: this.effectiveDate });
    return byId(ENFORCEMENT_FACTS, rows, ENFORCEMENT_FACT);
  }

  /** Hand-overs already in effect for these (power, from, to). */
  async existingHandOvers(rows: readonly { powerId: string; fromId: string; toId: string }[]): Promise<string[]> {
    const found = await this.tx.run(HANDOVERS_EXISTING, { rows, effectiveDate: this.effectiveDate });
    return found.map((r) => `${String(r['powerId'])}→${String(r['toId'])}`);
  }
}
