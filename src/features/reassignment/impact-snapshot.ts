import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import type { Context } from '../../context';
import type { TownshipDutyItemModel } from '../duty/duty.model';
import type { EnforcementItemModel } from '../enforcement/enforcement.model';
import type { LenientItemModel } from '../lenient/lenient.model';
import type { OrganizationModel } from '../organization/organization.model';
import type { WhistleMatterModel } from '../whistle/whistle.model';
import type { ImpactSnapshot, ReassignmentImpactModel } from './reassignment.model';

// The read API's own statements, run in the impact's transaction.
const ORGANIZATIONS = cypher('organization/find-by-ids');
const ENFORCEMENT = cypher('enforcement/find-by-ids');
const WHISTLE = cypher('whistle/find-by-ids');
const DUTY = cypher('duty/find-by-ids');
const LENIENT = cypher('lenient/find-by-ids');

/** Every organization and list row the impact names (affected, respondents, overlaps, findings). */
function referenced(impact: ReassignmentImpactModel): Record<'org' | 'ei' | 'wm' | 'duty' | 'len', string[]> {
  const org = new Set(impact.affected.organizationIds);
  const ei = new Set(impact.affected.enforcementItemIds);
  const wm = new Set(impact.affected.whistleMatterIds);
  const duty = new Set(impact.affected.dutyItemIds);
  const len = new Set(impact.affected.lenientItemIds);
  for (const r of impact.respondentChanges) for (const id of [r.beforeId, r.afterId]) if (id) org.add(id);
  for (const o of [...impact.overlapsCreated, ...impact.overlapsResolved]) {
    o.organizationIds.forEach((id) => org.add(id));
    o.enforcementItemIds.forEach((id) => ei.add(id));
    o.whistleMatterIds.forEach((id) => wm.add(id));
  }
  for (const f of [...impact.findingsCreated, ...impact.findingsResolved]) {
    for (const ref of [f.subject, ...f.related]) {
      if (ref.type === 'Organization') org.add(ref.id);
      if (ref.type === 'EnforcementItem') ei.add(ref.id);
      if (ref.type === 'WhistleMatter') wm.add(ref.id);
      if (ref.type === 'TownshipDutyItem') duty.add(ref.id);
      if (ref.type === 'LenientItem') len.add(ref.id);
    }
  }
  return { org: [...org], ei: [...ei], wm: [...wm], duty: [...duty], len: [...len] };
}

/**
 * The models of what the impact names, as the plan leaves them, read before the rollback: a new
 * organization or row version exists only inside the rolled-back transaction.
 */
export async function readSnapshot(tx: Tx, impact: ReassignmentImpactModel, today: string): Promise<ImpactSnapshot> {
  const ids = referenced(impact);
  const pick = async (ref: typeof ORGANIZATIONS, key: string, list: string[], asOf = true): Promise<unknown[]> =>
    list.length === 0 ? [] : (await tx.run(ref, asOf ? { ids: list, asOf: today } : { ids: list })).map((r) => r[key]);
  return {
    organizations: await pick(ORGANIZATIONS, 'organization', ids.org, false),
    powers: [],
    enforcementItems: await pick(ENFORCEMENT, 'item', ids.ei),
    whistleMatters: await pick(WHISTLE, 'matter', ids.wm),
    dutyItems: await pick(DUTY, 'item', ids.duty),
    lenientItems: await pick(LENIENT, 'item', ids.len),
  };
}

/** Primes this request's loaders with the snapshot, so nested fields resolve what the plan made. */
export function primeLoaders(ctx: Context, snapshot: ImpactSnapshot | null): void {
  if (snapshot === null) return;
  for (const o of snapshot.organizations as OrganizationModel[])
    ctx.loaders.organizationById.clear(o.id).prime(o.id, o);
  for (const e of snapshot.enforcementItems as EnforcementItemModel[])
    ctx.loaders.enforcementItemById.clear(e.id).prime(e.id, e);
  for (const m of snapshot.whistleMatters as WhistleMatterModel[])
    ctx.loaders.whistleMatterById.clear(m.id).prime(m.id, m);
  for (const d of snapshot.dutyItems as TownshipDutyItemModel[])
    ctx.loaders.townshipDutyItemById.clear(d.id).prime(d.id, d);
  for (const l of snapshot.lenientItems as LenientItemModel[]) ctx.loaders.lenientItemById.clear(l.id).prime(l.id, l);
}
