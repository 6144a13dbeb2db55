import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';

import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import { changeSetHash, type ChangeSetContent } from './change-set-hash';

const LOCK = cypher('reassignment/change-log-lock');
const HEAD = cypher('reassignment/change-log-head');
const CREATE = cypher('reassignment/change-set-create');
const TOUCH = cypher('reassignment/change-set-touch');
const LINK_REVERT = cypher('reassignment/change-set-link-revert');
const PARTITIONS = cypher('reassignment/change-set-partitions');

/** ChangeSet // 变更记录: one link of the hash-chained audit log (what resolvers receive, too). */
export interface ChangeSetModel extends ChangeSetContent {
  hash: string;
  revertedById: string | null;
}

/**
 * CHANGE_REQUEST: one transition of a change request (issue 19), touching no domain node;
 * CATALOG_ASSIGNMENT: a guiding catalog assigned to organizations (issue 17 §1).
 */
export type ChangeSetKind = 'IMPORT' | 'REASSIGNMENT' | 'REVERT' | 'CHANGE_REQUEST' | 'CATALOG_ASSIGNMENT';

export interface ChangeSetInput {
  kind: ChangeSetKind;
  actor: string;
  reason: string;
  /** Any JSON value: stored as text, covered by the hash. */
  summary: unknown;
  /** Ids of existing nodes the change touched (Organization, Power, list rows, ListVersion). */
  touched: readonly string[];
  /**
   * The rows whose organizations' analysis the change alters, when narrower than `touched`: an
   * import's new and ended rows rather than its whole list version. Only the analysis partitions
   * read them (issue 13); without it, `touched` is used.
   */
  affects?: readonly string[];
  /**
   * Partitions (division codes) the change affects besides those found from `affects`: what the
   * graph no longer shows once the change is written, such as the division an organizations file
   * moved an organization out of, or a renamed division (its name is in its overlaps' wording).
   */
  partitions?: readonly string[];
  /** A revert: the id of the change set it reverts, whose affected partitions it affects again. */
  reverts?: string;
}

/** Takes the change log's write lock until the transaction ends (taking it again is harmless). */
export async function lockChangeLog(tx: Tx): Promise<void> {
  await tx.run(LOCK);
}

/**
 * Appends one ChangeSet to the audit chain inside the caller's transaction (the hook importers
 * call last in theirs). The ChangeLog anchor is locked first, so concurrent writers take their
 * places in the chain one after another; call it as the last write of the transaction.
 * 在调用方事务内追加一条变更记录（哈希链）。
 */
export async function writeChangeSet(tx: Tx, input: ChangeSetInput): Promise<ChangeSetModel> {
  await lockChangeLog(tx);
  const head = (await tx.run(HEAD))[0] ?? {};
  const seq = Number(head['seq'] ?? 0) + 1;
  const prevHash = typeof head['hash'] === 'string' ? head['hash'] : '';
  const content = {
    id: `cs-${randomUUID()}`,
    seq,
    at: new Date().toISOString(),
    actor: input.actor,
    reason: input.reason,
    kind: input.kind,
    summary: JSON.stringify(input.summary ?? null),
    prevHash,
  };
  const hash = changeSetHash(content);
  await tx.run(CREATE, { ...content, hash });
  const touched = [...new Set(input.touched)];
  for (let start = 0; start < touched.length; start += 1000) {
    await tx.run(TOUCH, { changeSetId: content.id, ids: touched.slice(start, start + 1000) });
  }
  // The analysis partitions this change can alter, kept on the change set (not hashed: derived),
  // so every replica forgets exactly those results (issue 13).
  await tx.run(PARTITIONS, {
    changeSetId: content.id,
    ids: [...new Set(input.affects ?? touched)],
    partitions: [...new Set(input.partitions ?? [])],
    reverts: input.reverts ?? null,
  });
  return { ...content, hash, revertedById: null };
}

/** (reverted)-[:REVERTED_BY]->(revert): a link, not content, so the chain's hashes stay valid. */
export async function linkRevert(tx: Tx, revertedId: string, revertId: string): Promise<void> {
  await tx.run(LINK_REVERT, { revertedId, revertId });
}

/** Who an import is recorded as (QUANZE_ACTOR, else the importer) and its reason, naming the file. */
function importedBy(file: string): { actor: string; reason: string } {
  const name = basename(file);
  return { actor: process.env['QUANZE_ACTOR'] ?? 'importer', reason: `导入 ${name} / import ${name}` };
}

/** The ChangeSet of one import (kind IMPORT), written last in the importer's transaction. */
export async function writeImportChangeSet(
  tx: Tx,
  list: {
    listId: string;
    listType: string;
    file: string;
    validFrom: string;
    summary: { created: number; updated: number; unchanged: number; retired: number; rejected: number };
    /** Rows the import created or ended (replaced or dropped): what changed, for the analysis partitions. */
    changedIds: readonly string[];
  },
): Promise<ChangeSetModel> {
  return writeChangeSet(tx, {
    kind: 'IMPORT',
    ...importedBy(list.file),
    summary: {
      listId: list.listId,
      listType: list.listType,
      file: basename(list.file),
      validFrom: list.validFrom,
      counts: {
        created: list.summary.created,
        updated: list.summary.updated,
        unchanged: list.summary.unchanged,
        retired: list.summary.retired,
        rejected: list.summary.rejected,
      },
    },
    touched: [list.listId],
    affects: list.changedIds,
  });
}

/**
 * The ChangeSet of an organizations or divisions file (kind IMPORT), written last in the importer's
 * transaction. It touches no node (so no reassignment is kept from being reverted by a later
 * reference file); it is there so that the analysis forgets what the file changed (issue 13): a
 * renamed or abolished organization, one moved to another division, a renamed division. These
 * change properties or replace a relationship, which the count store the analysis also watches does
 * not show.
 */
export async function writeReferenceImportChangeSet(
  tx: Tx,
  file: {
    listType: 'ORGANIZATIONS' | 'DIVISIONS';
    file: string;
    summary: { created: number; updated: number; unchanged: number; rejected: number };
    /** Organizations the file created or changed. */
    organizationIds: readonly string[];
    /** Divisions whose partitions the file affects besides those organizations' (see ChangeSetInput.partitions). */
    partitions: readonly string[];
  },
): Promise<ChangeSetModel> {
  return writeChangeSet(tx, {
    kind: 'IMPORT',
    ...importedBy(file.file),
    summary: {
      listType: file.listType,
      file: basename(file.file),
      counts: {
        created: file.summary.created,
        updated: file.summary.updated,
        unchanged: file.summary.unchanged,
        rejected: file.summary.rejected,
      },
    },
    touched: [],
    affects: file.organizationIds,
    partitions: file.partitions,
  });
}
