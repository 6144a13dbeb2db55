import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import { isListLabel, LIST_KINDS, LIST_LABELS, type ListLabel } from '../../domain/list-kinds';
import type { Context } from '../../context';
import { perLabel, readRowsByIds, type RunStatement } from '../list-rows/list-row-reader';
import { LIST_ROW_READERS, type ListRowModels, type ListRowsByLabel } from '../list-rows/list-rows';
import { ORGANIZATION } from '../organization/organization.rows';
import type { OrganizationModel } from '../organization/organization.model';
import { POWER } from '../power/power.rows';
import type { PowerModel } from '../power/power.model';
import { idOnlyModels } from '../../shared/selection';
import type { ImpactSnapshot, ReassignmentImpactModel } from './reassignment.model';

// The read API's own statements, run in the impact's transaction.
const ORGANIZATIONS = cypher('organization/find-by-ids');
const POWERS = cypher('power/find-by-ids');

/** Every organization and list row the impact names (affected, respondents, overlaps, findings). */
function referenced(impact: ReassignmentImpactModel): { organizations: string[]; rows: Record<ListLabel, string[]> } {
  const org = new Set(impact.affected.organizationIds);
  const rows = perLabel(() => new Set<string>());
  for (const k of LIST_KINDS) impact.affected[k.affectedIds].forEach((id) => rows[k.label].add(id));
  for (const r of impact.respondentChanges) for (const id of [r.beforeId, r.afterId]) if (id) org.add(id);
  for (const o of [...impact.overlapsCreated, ...impact.overlapsResolved]) {
    o.organizationIds.forEach((id) => org.add(id));
    o.enforcementItemIds.forEach((id) => rows.EnforcementItem.add(id));
    o.whistleMatterIds.forEach((id) => rows.WhistleMatter.add(id));
  }
  for (const f of [...impact.findingsCreated, ...impact.findingsResolved]) {
    for (const ref of [f.subject, ...f.related]) {
      if (ref.type === 'Organization') org.add(ref.id);
      else if (isListLabel(ref.type)) rows[ref.type].add(ref.id);
    }
  }
  return { organizations: [...org], rows: perLabel((label) => [...rows[label]]) };
}

/**
 * What a request reads of the objects an impact names, beyond their ids (typesReadBeyondId over the
 * whole request). Of a type read by id alone everywhere, the impact's fields answer ids without a
 * read; only new list rows are read (an affected object's `after` is looked up, and a new version
 * exists nowhere else). A planner's first look at a plan (counts and ids, as the bench asks) reads
 * nothing but new rows; the graph page reads names, and so everything.
 * 请求除 id 外读取的对象类型：只读 id 的类型不再在事务中读取，清单行只读方案新建的。
 */
export interface SnapshotReads {
  organizations: boolean;
  powers: boolean;
  rows: ReadonlySet<ListLabel>;
}

/** Every object in full: for callers with no selection to go by. */
export const READ_EVERYTHING: SnapshotReads = { organizations: true, powers: true, rows: new Set(LIST_LABELS) };

/** Nothing beyond ids: a caller that uses the impact's ids and counts only (a change request's checks). */
export const READ_IDS_ONLY: SnapshotReads = { organizations: false, powers: false, rows: new Set() };

/** The reads a request needs, from the GraphQL types it reads beyond their ids. */
export function snapshotReads(typesReadBeyondId: ReadonlySet<string>): SnapshotReads {
  return {
    organizations: typesReadBeyondId.has('Organization'),
    powers: typesReadBeyondId.has('Power'),
    rows: new Set(LIST_LABELS.filter((label) => typesReadBeyondId.has(label))),
  };
}

/**
 * The models of what the impact names, as the plan leaves them, read before the rollback: a new
 * organization or row version exists only inside the rolled-back transaction. Rows of a kind the
 * request reads by id alone (`reads`) are read only when the plan creates them (`isCreated`);
 * organizations and powers read by id alone are not read at all (primeLoaders gives the powers'
 * ids: reading a thousand affected powers in full was a third of the impact). The reads are sent
 * together, so the transaction runs them one after another without a round trip between them.
 */
export async function readSnapshot(
  tx: Tx,
  impact: ReassignmentImpactModel,
  today: string,
  reads: SnapshotReads,
  isCreated: (id: string) => boolean,
): Promise<ImpactSnapshot> {
  const ids = referenced(impact);
  const run: RunStatement = (ref, params) => tx.run(ref, params);
  // An organization read by id alone is answered with its id wherever the impact names it
  // (respondents, overlaps, findings), new ones too: none is read.
  const readOrganizations = async (): Promise<OrganizationModel[]> => {
    if (!reads.organizations || ids.organizations.length === 0) return [];
    return decodeColumn(
      ORGANIZATIONS,
      await tx.run(ORGANIZATIONS, { ids: ids.organizations }),
      'organization',
      ORGANIZATION,
    );
  };
  // Row versions an item operation writes (addPower, changePower) exist only in this transaction too.
  const readPowers = async (): Promise<PowerModel[] | null> => {
    if (!reads.powers) return null;
    const powerIds = [...new Set(impact.affected.powerIds)];
    if (powerIds.length === 0) return [];
    return decodeColumn(POWERS, await tx.run(POWERS, { ids: powerIds }), 'power', POWER);
  };
  const readRows = async <L extends ListLabel>(label: L): Promise<readonly ListRowModels[L][]> => {
    const wanted = reads.rows.has(label) ? ids.rows[label] : ids.rows[label].filter(isCreated);
    return wanted.length === 0 ? [] : readRowsByIds(LIST_ROW_READERS[label], run, wanted, today);
  };
  const [organizations, powers, rows] = await Promise.all([
    readOrganizations(),
    readPowers(),
    Promise.all(LIST_LABELS.map(async (label) => [label, await readRows(label)] as const)),
  ]);
  // Each label's rows were read by that label's reader: the mapped type holds by construction.
  return { organizations, powers, rows: Object.fromEntries(rows) as ListRowsByLabel };
}

/**
 * Primes this request's loaders with the snapshot, so nested fields resolve what the plan made.
 * Powers not read in full are primed with their ids alone: the request reads nothing else of them.
 */
export function primeLoaders(ctx: Context, impact: ReassignmentImpactModel): void {
  const snapshot = impact.snapshot;
  if (snapshot === null) return;
  for (const o of snapshot.organizations) ctx.loaders.organizationById.clear(o.id).prime(o.id, o);
  const powers = snapshot.powers ?? idOnlyModels<PowerModel>(impact.affected.powerIds);
  for (const p of powers) ctx.loaders.powerById.clear(p.id).prime(p.id, p);
  const prime = <L extends ListLabel>(label: L): void => {
    const loader = ctx.loaders.rowById[label];
    for (const row of snapshot.rows[label]) loader.clear(row.id).prime(row.id, row);
  };
  LIST_LABELS.forEach(prime);
}
