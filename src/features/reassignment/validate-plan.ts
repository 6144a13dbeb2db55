import { refuse } from './plan-input';
import type { OrganizationFact, PlanFacts } from './plan-facts';
import type { Operation, Plan } from './reassignment.model';

/**
 * Checks that need the whole plan: an organization abolished twice, a successor that is itself
 * being abolished, a date before the data's history. 方案整体校验。
 */
export async function validatePlan(plan: Plan, facts: PlanFacts): Promise<void> {
  const abolished = new Map<string, number>();
  plan.operations.forEach((op, index) => {
    for (const id of abolishedBy(op)) {
      if (abolished.has(id))
        throw refuse(index, `机构 ${id} 在方案中被重复撤销`, `organization ${id} is abolished twice in the plan`, id);
      abolished.set(id, index);
    }
  });
  plan.operations.forEach((op, index) => {
    const successor = successorOf(op);
    if (successor !== null && abolished.has(successor)) {
      throw refuse(
        index,
        `承继机构 ${successor} 本身在方案中被撤销（第 ${(abolished.get(successor) ?? 0) + 1} 项操作）`,
        `the successor ${successor} is itself abolished by the plan (operation ${abolished.get(successor) ?? 0})`,
        successor,
      );
    }
  });
  const start = await facts.historyStart(plan.operations.flatMap(organizationsOf));
  if (start !== null && plan.effectiveDate < start) {
    throw refuse(
      null,
      `生效日 ${plan.effectiveDate} 早于数据的起始日 ${start}`,
      `the effective date ${plan.effectiveDate} is before the data's history starts (${start})`,
      plan.effectiveDate,
    );
  }
}

function abolishedBy(op: Operation): string[] {
  if (op.kind === 'abolishOrganization') return [op.organizationId];
  if (op.kind === 'mergeOrganizations') return op.organizationIds;
  return [];
}

function successorOf(op: Operation): string | null {
  if (op.kind === 'abolishOrganization') return op.successorId;
  if (op.kind === 'mergeOrganizations') return op.intoId;
  return null;
}

function organizationsOf(op: Operation): string[] {
  switch (op.kind) {
    case 'movePowers':
      return [op.fromId, op.toId];
    case 'abolishOrganization':
      return [op.organizationId, ...(op.successorId ? [op.successorId] : [])];
    case 'mergeOrganizations':
      return [...op.organizationIds, ...(op.intoId ? [op.intoId] : [])];
    case 'handOver':
      return [op.fromId, ...op.toIds];
    case 'addPower':
      return [op.organizationId];
    case 'recall':
    case 'cancelPower':
    case 'changePower':
    case 'adjustHandover':
      return [];
  }
}

/** Every id must name an organization active on the effective date. */
export function requireActive(
  index: number,
  organizations: Map<string, OrganizationFact>,
  ids: readonly string[],
): void {
  for (const id of ids) {
    const fact = organizations.get(id);
    if (!fact?.found) throw refuse(index, `机构不存在：${id}`, `unknown organization: ${id}`, id);
    if (!fact.active) {
      throw refuse(
        index,
        `机构「${fact.name ?? id}」在生效日不存续`,
        `organization ${fact.name ?? id} is not active on the effective date`,
        id,
      );
    }
  }
}

export function requireNonEmpty(index: number, values: readonly unknown[], what: string, whatEn: string): void {
  if (values.length === 0) throw refuse(index, `${what}不能为空`, `${whatEn} must not be empty`);
}
