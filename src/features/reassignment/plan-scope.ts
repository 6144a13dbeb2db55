import type { Tx } from '../../db/database';
import { organizationIdFor, organizationNameKey } from '../../domain/organizations';
import { PlanFacts } from './plan-facts';
import { PlanWriter } from './plan-writer';
import type { Plan } from './reassignment.model';

export interface PlanScope {
  /** The analysis on both sides is limited to overlaps and findings involving these. */
  organizationIds: string[];
  /** Powers whose respondents are read before the plan. */
  powerIds: string[];
}

/**
 * What a plan can change, read before it is applied: the organizations it names (and would
 * create), the two ends of the hand-overs it recalls, and the powers it names or whose exerciser
 * it abolishes. A finding or overlap the plan creates or resolves always involves one of these
 * organizations (the analysis lists the exercisers, both ends of a hand-over, every organization
 * of a whistle matter or duty item), so both sides are filtered to them. An item operation adds
 * the row's exercisers (or the organization a row is added to) and the ends of an adjusted hand-over.
 */
export async function planScope(tx: Tx, plan: Plan): Promise<PlanScope> {
  const organizations = new Set<string>();
  const powers = new Set<string>();
  const recalled: string[] = [];
  const abolished: string[] = [];
  /** Power rows an item operation cancels or changes: their exercisers are in scope. */
  const rows: string[] = [];
  for (const op of plan.operations) {
    switch (op.kind) {
      case 'movePowers':
        op.powerIds.forEach((p) => powers.add(p));
        organizations.add(op.fromId).add(op.toId);
        break;
      case 'handOver':
        op.powerIds.forEach((p) => powers.add(p));
        [op.fromId, ...op.toIds].forEach((o) => organizations.add(o));
        break;
      case 'abolishOrganization':
        abolished.push(op.organizationId);
        [op.organizationId, op.successorId].forEach((o) => o && organizations.add(o));
        break;
      case 'mergeOrganizations':
        abolished.push(...op.organizationIds);
        op.organizationIds.forEach((o) => organizations.add(o));
        if (op.intoId) organizations.add(op.intoId);
        if (op.newName) organizations.add(organizationIdFor(organizationNameKey(op.newName)));
        break;
      case 'recall':
        recalled.push(...op.enforcementItemIds);
        break;
      case 'adjustHandover':
        recalled.push(op.enforcementItemId);
        break;
      case 'addPower':
        organizations.add(op.organizationId);
        break;
      case 'cancelPower':
      case 'changePower':
        rows.push(op.powerId);
        break;
    }
  }
  const facts = new PlanFacts(tx, plan.effectiveDate);
  for (const power of (await facts.powers(rows)).values()) {
    powers.add(power.id);
    power.exerciserIds.forEach((o) => organizations.add(o));
  }
  const items = await facts.enforcementItems(recalled);
  for (const item of items.values()) {
    item.powerIds.forEach((p) => powers.add(p));
    [item.fromId, item.toId].forEach((o) => o && organizations.add(o));
  }
  const reader = new PlanWriter(tx, plan.effectiveDate);
  for (const id of abolished) (await reader.holdings(id)).powerIds.forEach((p) => powers.add(p));
  return { organizationIds: [...organizations], powerIds: [...powers] };
}
