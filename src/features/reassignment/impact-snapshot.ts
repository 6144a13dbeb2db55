import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import { isListLabel, LIST_KINDS, LIST_LABELS, type ListLabel } from '../../domain/list-kinds';
import type { Context } from '../../context';
import { perLabel, readRowsByIds, type RunStatement } from '../list-rows/list-row-reader';
import { LIST_ROW_READERS, type ListRowModel, type ListRowModels, type ListRowsByLabel } from '../list-rows/list-rows';
import { ORGANIZATION } from '../organization/organization.rows';
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
 * The models of what the impact names, as the plan leaves them, read before the rollback: a new
 * organization or row version exists only inside the rolled-back transaction. `powers: false`
 * when the request reads no field of a power but its id (a planner's first look at a thousand
 * affected powers): their ids are known, and reading the rows in full was a third of the impact.
 */
export async function readSnapshot(
  tx: Tx,
  impact: ReassignmentImpactModel,
  today: string,
  read: { powers: boolean } = { powers: true },
): Promise<ImpactSnapshot> {
  const ids = referenced(impact);
  const run: RunStatement = (ref, params) => tx.run(ref, params);
  const organizations =
    ids.organizations.length === 0
      ? []
      : decodeColumn(
          ORGANIZATIONS,
          await tx.run(ORGANIZATIONS, { ids: ids.organizations }),
          'organization',
          ORGANIZATION,
        );
  // Row versions an item operation writes (addPower, changePower) exist only in this transaction too.
  const powerIds = [...new Set(impact.affected.powerIds)];
  const powers = !read.powers
    ? null
    : powerIds.length === 0
      ? []
      : decodeColumn(POWERS, await tx.run(POWERS, { ids: powerIds }), 'power', POWER);
  const readRows = async <L extends ListLabel>(label: L): Promise<readonly ListRowModels[L][]> => {
    const list = ids.rows[label];
    return list.length === 0 ? [] : readRowsByIds(LIST_ROW_READERS[label], run, list, today);
  };
  const rows: [ListLabel, readonly ListRowModel[]][] = [];
  for (const label of LIST_LABELS) rows.push([label, await readRows(label)]);
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
