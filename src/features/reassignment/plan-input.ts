import { badInput } from '../../errors';
import type { ReassignmentOperationInput, ReassignmentPlanInput } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { fromGlobalIdOf, type NodeType } from '../../shared/global-id';
import type { Operation, Plan } from './reassignment.model';

const MEMBERS = ['movePowers', 'mergeOrganizations', 'abolishOrganization', 'handOver', 'recall'] as const;

/** A refusal naming the operation (plan.operations[i]) and the reason, Chinese first. */
export const refuse = (index: number | null, zh: string, en: string, value: unknown = null) =>
  badInput(index === null ? 'plan' : `plan.operations[${index}]`, value, zh, en);

const ids = (type: NodeType, values: readonly string[], field: string): string[] =>
  values.map((v) => fromGlobalIdOf(type, v, field));

function operationOf(input: ReassignmentOperationInput, index: number): Operation {
  const set = MEMBERS.filter((m) => input[m] != null);
  if (set.length !== 1) {
    throw refuse(
      index,
      `须且只能设置一项操作（实际 ${set.length} 项）`,
      `exactly one member must be set (got ${set.length})`,
      set,
    );
  }
  const field = (name: string): string => `plan.operations[${index}].${set[0] ?? ''}.${name}`;
  const org = (value: string, name: string): string => fromGlobalIdOf('Organization', value, field(name));
  const { movePowers, mergeOrganizations, abolishOrganization, handOver, recall } = input;
  if (movePowers) {
    return {
      kind: 'movePowers',
      powerIds: ids('Power', movePowers.powerIds, field('powerIds')),
      fromId: org(movePowers.fromId, 'fromId'),
      toId: org(movePowers.toId, 'toId'),
    };
  }
  if (mergeOrganizations) {
    return {
      kind: 'mergeOrganizations',
      organizationIds: ids('Organization', mergeOrganizations.organizationIds, field('organizationIds')),
      intoId: mergeOrganizations.intoId ? org(mergeOrganizations.intoId, 'intoId') : null,
      newName: mergeOrganizations.newName?.trim() || null,
    };
  }
  if (abolishOrganization) {
    return {
      kind: 'abolishOrganization',
      organizationId: org(abolishOrganization.organizationId, 'organizationId'),
      successorId: abolishOrganization.successorId ? org(abolishOrganization.successorId, 'successorId') : null,
    };
  }
  if (handOver) {
    return {
      kind: 'handOver',
      powerIds: ids('Power', handOver.powerIds, field('powerIds')),
      fromId: org(handOver.fromId, 'fromId'),
      toIds: ids('Organization', handOver.toIds, field('toIds')),
      mode: handOver.mode,
      actsInNameOf: handOver.actsInNameOf ?? null,
    };
  }
  return {
    kind: 'recall',
    enforcementItemIds: ids('EnforcementItem', recall?.enforcementItemIds ?? [], field('enforcementItemIds')),
  };
}

/** The plan in local ids; refuses an empty plan and operations with other than one member set. */
export function planFromInput(input: ReassignmentPlanInput): Plan {
  const effectiveDate = asOfDate(input.effectiveDate, '', 'plan.effectiveDate');
  if (input.operations.length === 0) throw refuse(null, '方案没有任何操作', 'the plan has no operations');
  return { effectiveDate, operations: input.operations.map(operationOf) };
}
