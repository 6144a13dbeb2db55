import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database, Row, Tx } from '../../db/database';
import { decodeRows, maybeNumber, maybeText, maybeTexts, text } from '../../db/decode';
import { hashOf } from '../../domain/ids';
import {
  CHANGE_REQUEST_STATES,
  CHANGE_REQUEST_STEPS,
  type ChangeRequestChecksModel,
  type ChangeRequestModel,
  type ChangeRequestOverrideModel,
  type ChangeRequestTransitionModel,
} from './change-request.model';

const CREATE = cypher('change-request/change-request-create');
const UPDATE = cypher('change-request/change-request-update');
const FIND_BY_IDS = cypher('change-request/change-requests-find-by-ids');
const IN_STATES = cypher('change-request/change-requests-in-states');
const LINK = cypher('change-request/transition-link');
const TRANSITIONS = cypher('change-request/transitions-of');
const FINGERPRINT = cypher('change-request/rows-fingerprint');

/** JSON kept as text on the node (Neo4j stores no nested maps); parsed and checked on the way out. */
const json = <T>(schema: z.ZodType<T>) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null ? null : schema.parse(JSON.parse(v))));

const ISSUE = z.object({ id: text, kind: text, severity: text, explanation: text, explanationEn: text });
const CHECKS = z.object({
  computedAt: text,
  findingsCreated: z.array(ISSUE),
  overlapsCreated: z.array(ISSUE),
  findingsResolved: z.number(),
  overlapsResolved: z.number(),
  affectedRows: z.number(),
  respondentChanges: z.number(),
  errorCount: z.number(),
  warningCount: z.number(),
}) satisfies z.ZodType<ChangeRequestChecksModel>;
const OVERRIDE = z.object({ reason: text, by: text, at: text }) satisfies z.ZodType<ChangeRequestOverrideModel>;

/** Written by this module from a validated input; validated again (planFromInput) when used. */
const PLAN = z.object({ effectiveDate: text, operations: z.array(z.unknown()) });

const REQUEST = z.object({
  request: z
    .object({
      id: text,
      title: text,
      reason: text,
      legalBasisDocNo: maybeText,
      legalBasisDocument: maybeText,
      planJson: text,
      effectiveDate: text,
      state: z.enum(CHANGE_REQUEST_STATES),
      proposer: text,
      createdAt: text,
      stageEnteredAt: text,
      checksJson: json(CHECKS),
      legalCleared: z.boolean().nullish().transform((v) => v ?? false),
      overrideJson: json(OVERRIDE),
      baseFingerprint: maybeText,
      affectedRowIds: maybeTexts,
      affectedOrganizationIds: maybeTexts,
      publishedChangeSetId: maybeText,
      publishedVersion: maybeNumber,
      publishedAt: maybeText,
    })
    .transform(({ planJson, checksJson, overrideJson, ...rest }): ChangeRequestModel => ({
      ...rest,
      plan: PLAN.parse(JSON.parse(planJson)),
      checks: checksJson,
      override: overrideJson,
    })),
});

const SUMMARY = z.object({
  action: z.enum(CHANGE_REQUEST_STEPS),
  from: z.enum(CHANGE_REQUEST_STATES).nullable(),
  to: z.enum(CHANGE_REQUEST_STATES),
  comment: z.string().nullable(),
});
const TRANSITION = z
  .object({ changeSetId: text, seq: z.number(), at: text, actor: text, summary: text })
  .transform(({ changeSetId, at, actor, summary }): ChangeRequestTransitionModel => ({
    changeSetId,
    at,
    actor,
    ...SUMMARY.parse(JSON.parse(summary)),
  }));

const FINGERPRINT_ROW = z.object({ id: text, properties: z.record(z.string(), z.unknown()), links: z.array(z.unknown()) });

/** The properties written for a model (JSON as text; null removes a property). */
export function propertiesOf(model: Partial<ChangeRequestModel>): Record<string, unknown> {
  const { plan, checks, override, ...rest } = model;
  return {
    ...rest,
    ...(plan !== undefined && { planJson: JSON.stringify(plan) }),
    ...(checks !== undefined && { checksJson: checks === null ? null : JSON.stringify(checks) }),
    ...(override !== undefined && { overrideJson: override === null ? null : JSON.stringify(override) }),
  };
}

const models = (rows: readonly Row[], ref = FIND_BY_IDS): ChangeRequestModel[] => decodeRows(ref, rows, REQUEST).map((r) => r.request);

/** Change requests: the statements of cypher/change-request/, nothing else. */
export class ChangeRequestRepository {
  constructor(private readonly db: Database) {}

  async create(tx: Tx, model: ChangeRequestModel): Promise<ChangeRequestModel> {
    return models(await tx.run(CREATE, { props: propertiesOf(model) }), CREATE)[0]!;
  }

  async update(tx: Tx, id: string, changes: Partial<ChangeRequestModel>): Promise<ChangeRequestModel> {
    return models(await tx.run(UPDATE, { id, props: propertiesOf(changes) }), UPDATE)[0]!;
  }

  async findInTx(tx: Tx, id: string): Promise<ChangeRequestModel | null> {
    return models(await tx.run(FIND_BY_IDS, { ids: [id] }))[0] ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<ChangeRequestModel[]> {
    return models(await this.db.read('changeRequests.byIds', FIND_BY_IDS, { ids }));
  }

  /** Newest first; `states` null for every state. */
  async inStates(states: readonly string[] | null, limit: number): Promise<ChangeRequestModel[]> {
    return models(await this.db.read('changeRequests.inStates', IN_STATES, { states, limit }), IN_STATES);
  }

  async inStatesInTx(tx: Tx, states: readonly string[]): Promise<ChangeRequestModel[]> {
    return models(await tx.run(IN_STATES, { states, limit: 10_000 }), IN_STATES);
  }

  async linkTransition(tx: Tx, id: string, changeSetId: string): Promise<void> {
    await tx.run(LINK, { id, changeSetId });
  }

  async transitions(id: string): Promise<ChangeRequestTransitionModel[]> {
    return decodeRows(TRANSITIONS, await this.db.read('changeRequests.transitions', TRANSITIONS, { id }), TRANSITION);
  }

  /** A hash of the rows as the committed graph holds them (rows that do not exist add nothing). */
  async fingerprint(tx: Tx, ids: readonly string[]): Promise<string> {
    const rows = decodeRows(FINGERPRINT, await tx.run(FINGERPRINT, { ids: [...new Set(ids)] }), FINGERPRINT_ROW);
    const canonical = rows.map((r) => ({
      id: r.id,
      properties: Object.entries(r.properties).sort(([a], [b]) => a.localeCompare(b)),
      links: r.links.map((l) => JSON.stringify(l, sortedKeys)).sort(),
    }));
    return hashOf(canonical, 40);
  }
}

/** JSON.stringify replacer writing object keys in order, so equal maps give equal text. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
}
