import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import { decodeRow, decodeRows, ids, maybeText, text } from '../../db/decode';
import { hashOf } from '../../domain/ids';
import { LIST_LABELS, listKindOfLabel, perAffectedIds, type AffectedIdsField, type ListLabel } from '../../domain/list-kinds';
import type { ActingNameValue, HandOverModeValue } from '../enforcement/enforcement.model';
import { perLabel } from '../list-rows/list-row-reader';
import type { PowerRowDraft } from './power-rows';
import { emptyUndoLog, type UndoLog } from './undo-log';

const MOVE_EXERCISE = cypher('reassignment/move-exercise');
const VERSION_ITEMS = cypher('reassignment/version-items');
const REPOINT_ITEMS = cypher('reassignment/repoint-items');
const END_ORGANIZATION = cypher('reassignment/end-organization');
const RECORD_SUCCESSION = cypher('reassignment/record-succession');
const CREATE_ORGANIZATION = cypher('reassignment/create-organization');
const CREATE_HANDOVERS = cypher('reassignment/create-handovers');
const RECALL_HANDOVERS = cypher('reassignment/recall-handovers');
const HELD_BY = cypher('reassignment/held-by-organization');
const HANDOVERS_OF_POWERS_FROM = cypher('reassignment/handovers-of-powers-from');
const DEPENDENTS_OF_POWERS = cypher('reassignment/dependents-of-powers');
const CREATE_POWER = cypher('reassignment/create-power');
const RETIRE_POWER = cypher('reassignment/retire-power');
const PROVISIONS_EXISTING = cypher('reassignment/provisions-existing');
const SET_HANDOVER_TERMS = cypher('reassignment/set-handover-terms');
// The importer's own statements, so a plan links a row's citations and versions exactly as an import does.
const LINK_PROVISIONS = cypher('import/powers-link-provisions');
const LINK_LAWS = cypher('import/powers-link-laws');
const LINK_VERSIONS = cypher('import/powers-link-versions');

const HOLDINGS = z.object({
  powerIds: ids,
  ...perAffectedIds(() => ids),
});
const MOVED = z.object({ powerId: text, endedId: text, oldValidTo: maybeText, createdId: maybeText });
const RECALLED = z.object({ id: text, oldValidTo: maybeText, oldStatus: maybeText });
const VERSIONED = z.object({ id: text, newId: text, oldValidTo: maybeText });
const ENDED = z.object({ oldValidTo: maybeText });
const RETIRED = z.object({ oldValidTo: maybeText, ended: z.array(z.object({ id: text, oldValidTo: maybeText })) });
const CREATED_POWER = z.object({ itemCreated: z.boolean() });
const DEPENDENT = z.object({ label: z.enum(LIST_LABELS), id: text });

export const shortHash = (parts: readonly unknown[]): string => hashOf(parts, 16);

export type ItemLabel = ListLabel;

const MODE_ZH: Record<HandOverModeValue, string> = {
  GRANT: '赋权',
  ENTRUST: '委托',
  AUTHORIZE: '授权',
  SECONDMENT: '派驻',
  JOINT: '联合执法',
  CONCENTRATED: '相对集中行使',
};

/** What an organization holds: its powers, and its rows of each kind of list (ListKind.affectedIds). */
export type Holdings = { powerIds: string[] } & Record<AffectedIdsField, string[]>;

/** Affected objects as the plan goes: Sets keep insertion order and drop repeats. */
export class Affected {
  readonly powers = new Set<string>();
  /** Each kind's rows, by label. */
  readonly rows: Readonly<Record<ListLabel, Set<string>>> = perLabel(() => new Set<string>());
  readonly organizations = new Set<string>();
  /** New version id -> the id of the row it supersedes (to match findings about "the same thing"). */
  readonly versionOf = new Map<string, string>();
  /** Rows the plan leaves alone that need, hand over or apply to a power whose holder it changes. */
  readonly dependents = new Set<string>();

  item(label: ItemLabel): Set<string> {
    return this.rows[label];
  }
}

/**
 * The write primitives of a plan, each one set-based statement, recording in the undo log what
 * it created and every property it changed with the old value. 方案的写入原语（记录撤销日志）。
 */
export class PlanWriter {
  readonly undo: UndoLog = emptyUndoLog();
  readonly affected = new Affected();
  /** Existing nodes the plan changed (TOUCHED by the change set). */
  readonly touched = new Set<string>();
  private readonly created = new Set<string>();
  private readonly dayBefore: string;

  constructor(
    private readonly tx: Tx,
    readonly effectiveDate: string,
  ) {
    const d = new Date(`${effectiveDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    this.dayBefore = d.toISOString().slice(0, 10);
  }

  isCreated(id: string): boolean {
    return this.created.has(id);
  }

  private createdNode(label: string, id: string): void {
    this.created.add(id);
    this.undo.createdNodes.push({ label, id });
  }

  private changedNode(id: string, key: string, value: string | null, date: boolean): void {
    if (this.created.has(id)) return;
    this.touched.add(id);
    this.undo.nodeProperties.push({ id, key, value, date });
  }

  /** What the organization holds from e on (empty when it does not exist). */
  async holdings(organizationId: string): Promise<Holdings> {
    const [row] = await this.tx.run(HELD_BY, { organizationId, effectiveDate: this.effectiveDate });
    if (row !== undefined) return decodeRow(HELD_BY, row, HOLDINGS);
    return { powerIds: [], ...perAffectedIds((): string[] => []) };
  }

  async handOversOfPowersFrom(fromId: string, powerIds: readonly string[]): Promise<string[]> {
    const rows = await this.tx.run(HANDOVERS_OF_POWERS_FROM, { fromId, powerIds, effectiveDate: this.effectiveDate });
    return rows.map((r) => String(r['id']));
  }

  /** EXERCISED_BY (power -> from) ends on e - 1, (power -> to) starts on e. */
  async moveExercise(rows: readonly { powerId: string; fromId: string; toId: string }[]): Promise<void> {
    if (rows.length === 0) return;
    const moved = await this.tx.run(MOVE_EXERCISE, { rows, effectiveDate: this.effectiveDate });
    for (const r of decodeRows(MOVE_EXERCISE, moved, MOVED)) {
      this.affected.powers.add(r.powerId);
      this.touched.add(r.powerId);
      this.undo.relationshipProperties.push({ id: r.endedId, key: 'validTo', value: r.oldValidTo, date: true });
      if (r.createdId !== null) this.undo.createdRelationships.push(r.createdId);
    }
    for (const row of rows) this.affected.organizations.add(row.fromId).add(row.toId);
  }

  /**
   * Moves list rows' relationships from one organization to another from e: each row not created by
   * this plan gets a new version (the old one ends on e - 1); rows this plan created are re-pointed
   * in place.
   */
  async repointItems(label: ItemLabel, ids: readonly string[], fromId: string, toId: string): Promise<void> {
    if (ids.length === 0) return;
    const current: string[] = [];
    const toVersion = ids.filter((id) => !this.created.has(id));
    if (toVersion.length > 0) {
      const rows = toVersion.map((id) => ({ id, newId: `${id}~${this.effectiveDate}` }));
      const versioned = await this.tx.run(VERSION_ITEMS, { rows, effectiveDate: this.effectiveDate });
      for (const { id, newId, oldValidTo } of decodeRows(VERSION_ITEMS, versioned, VERSIONED)) {
        this.changedNode(id, 'validTo', oldValidTo, true);
        this.createdNode(label, newId);
        this.affected.versionOf.set(newId, this.affected.versionOf.get(id) ?? id);
        this.affected.item(label).add(id).add(newId);
        current.push(newId);
      }
    }
    for (const id of ids.filter((i) => this.created.has(i))) {
      this.affected.item(label).add(id);
      current.push(id);
    }
    await this.tx.run(REPOINT_ITEMS, { rows: current.map((id) => ({ id, fromId, toId })), types: listKindOfLabel(label).repointed });
    this.affected.organizations.add(fromId).add(toId);
  }

  async endOrganization(organizationId: string): Promise<void> {
    const [row] = await this.tx.run(END_ORGANIZATION, { organizationId, effectiveDate: this.effectiveDate });
    const oldValidTo = row === undefined ? null : decodeRow(END_ORGANIZATION, row, ENDED).oldValidTo;
    this.changedNode(organizationId, 'validTo', oldValidTo, true);
    this.affected.organizations.add(organizationId);
  }

  async recordSuccession(
    type: 'ABOLISH' | 'MERGE',
    originalIds: readonly string[],
    successorId: string | null,
  ): Promise<void> {
    const eventId = `oce-${shortHash([type, [...originalIds].sort(), successorId, this.effectiveDate])}`;
    const rows = await this.tx.run(RECORD_SUCCESSION, {
      eventId,
      type,
      originalIds,
      successorId,
      docNo: null,
      effectiveDate: this.effectiveDate,
    });
    this.createdNode('OrgChangeEvent', eventId);
    for (const r of rows) {
      if (typeof r['createdId'] === 'string') this.undo.createdRelationships.push(r['createdId']);
    }
  }

  async createOrganization(id: string, name: string, nameKey: string, templateId: string): Promise<void> {
    await this.tx.run(CREATE_ORGANIZATION, { id, name, nameKey, templateId, effectiveDate: this.effectiveDate });
    this.createdNode('Organization', id);
    this.affected.organizations.add(id);
  }

  async createHandOvers(
    rows: readonly { powerId: string; fromId: string; toId: string }[],
    mode: HandOverModeValue,
    actsInNameOf: ActingNameValue,
  ): Promise<void> {
    const full = rows.map((r) => ({
      ...r,
      id: `ei-r-${shortHash([r.powerId, r.fromId, r.toId, mode, this.effectiveDate])}`,
      mode,
      rawMode: MODE_ZH[mode],
      actsInNameOf,
    }));
    await this.tx.run(CREATE_HANDOVERS, { rows: full, effectiveDate: this.effectiveDate });
    for (const r of full) {
      this.createdNode('EnforcementItem', r.id);
      this.affected.rows.EnforcementItem.add(r.id);
      this.affected.powers.add(r.powerId);
      this.touched.add(r.powerId);
      this.affected.organizations.add(r.fromId).add(r.toId);
    }
  }

  async recall(
    ids: readonly string[],
    facts: ReadonlyMap<string, { powerIds: string[]; fromId: string | null; toId: string | null }>,
  ): Promise<void> {
    const rows = await this.tx.run(RECALL_HANDOVERS, { ids, effectiveDate: this.effectiveDate });
    for (const { id, oldValidTo, oldStatus } of decodeRows(RECALL_HANDOVERS, rows, RECALLED)) {
      this.changedNode(id, 'validTo', oldValidTo, true);
      this.changedNode(id, 'status', oldStatus, false);
      this.affected.rows.EnforcementItem.add(id);
      const fact = facts.get(id);
      for (const p of fact?.powerIds ?? []) this.affected.powers.add(p);
      for (const o of [fact?.fromId, fact?.toId]) if (o) this.affected.organizations.add(o);
    }
  }

  /**
   * Adds to the affected rows every row in force on e that needs, hands over or applies to an
   * affected power (a whistle matter naming a moved punishment, the lenient item applying to it),
   * marked as a dependent: the plan does not change it, but what it relies on changes hands.
   */
  async addDependents(): Promise<void> {
    const powerIds = [...this.affected.powers];
    if (powerIds.length === 0) return;
    const rows = await this.tx.run(DEPENDENTS_OF_POWERS, { powerIds, effectiveDate: this.effectiveDate });
    for (const { label, id } of decodeRows(DEPENDENTS_OF_POWERS, rows, DEPENDENT)) {
      const set = this.affected.item(label);
      if (set.has(id)) continue;
      set.add(id);
      this.affected.dependents.add(id);
    }
  }

  /**
   * Writes a power row version (addPower, changePower) with its citations linked as an import links
   * them; for a new version of `supersedes`, that row and its exercise end on e - 1 and the new one
   * SUPERSEDES it and inherits what other lists hold to it (import/powers-link-versions).
   */
  async createPowerRow(draft: PowerRowDraft, supersedes: string | null): Promise<void> {
    const { row, citations } = draft;
    if (supersedes !== null) await this.retirePower(supersedes);
    const provisionIds = [...new Set(citations.links.map((l) => l.provisionId))];
    const existing = new Set(
      (await this.tx.run(PROVISIONS_EXISTING, { ids: provisionIds })).map((r) => String(r['id'])),
    );
    const [created] = await this.tx.run(CREATE_POWER, { row, effectiveDate: this.effectiveDate });
    this.createdNode('Power', row.id);
    for (const r of row.responsibilities) this.createdNode('Responsibility', r.id);
    if (created !== undefined && decodeRow(CREATE_POWER, created, CREATED_POWER).itemCreated) this.createdNode('PowerItem', row.itemKey);
    await this.tx.run(LINK_PROVISIONS, { rows: citations.links.map((l) => ({ ...l, powerId: row.id })) });
    for (const id of provisionIds.filter((p) => !existing.has(p))) this.createdNode('Provision', id);
    await this.tx.run(LINK_LAWS, { rows: citations.lawLinks.map((l) => ({ ...l, powerId: row.id })) });
    if (supersedes !== null) {
      await this.tx.run(LINK_VERSIONS, { rows: [{ newId: row.id, oldId: supersedes }] });
      this.affected.versionOf.set(row.id, this.affected.versionOf.get(supersedes) ?? supersedes);
      this.affected.powers.add(supersedes);
    }
    this.affected.powers.add(row.id);
    for (const x of row.exercises) this.affected.organizations.add(x.organizationId);
  }

  /** The row and its exercise then in force end on e - 1 (cancelPower, and the old version of changePower). */
  async retirePower(powerId: string): Promise<void> {
    const [row] = await this.tx.run(RETIRE_POWER, { powerId, effectiveDate: this.effectiveDate });
    if (row === undefined) return;
    const retired = decodeRow(RETIRE_POWER, row, RETIRED);
    this.changedNode(powerId, 'validTo', retired.oldValidTo, true);
    for (const e of retired.ended) this.undo.relationshipProperties.push({ id: e.id, key: 'validTo', value: e.oldValidTo, date: true });
    this.affected.powers.add(powerId);
  }

  /** A new version of a hand-over from e with new terms (adjustHandover). */
  async adjustHandover(
    id: string,
    terms: {
      mode: HandOverModeValue | null;
      actsInNameOf: ActingNameValue | null;
      decisionDocNo: string | null;
      published: boolean | null;
      evaluationDue: string | null;
    },
  ): Promise<void> {
    const rows = [{ id, newId: `${id}~${this.effectiveDate}` }];
    const versioned = decodeRows(VERSION_ITEMS, await this.tx.run(VERSION_ITEMS, { rows, effectiveDate: this.effectiveDate }), VERSIONED);
    for (const v of versioned) {
      this.changedNode(v.id, 'validTo', v.oldValidTo, true);
      this.createdNode('EnforcementItem', v.newId);
      this.affected.versionOf.set(v.newId, this.affected.versionOf.get(v.id) ?? v.id);
      this.affected.rows.EnforcementItem.add(v.id).add(v.newId);
      await this.tx.run(SET_HANDOVER_TERMS, {
        id: v.newId,
        ...terms,
        rawMode: terms.mode === null ? null : MODE_ZH[terms.mode],
      });
    }
  }

  get lastDayBefore(): string {
    return this.dayBefore;
  }
}
