import { badInput } from '../../errors';
import type {
  AddPowerInput,
  ChangePowerInput,
  ReassignmentOperationInput,
  ReassignmentPlanInput,
} from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { fromGlobalIdOf, type NodeType } from '../../shared/global-id';
import type { Operation, Plan, PowerFieldsInput } from './reassignment.model';

const MEMBERS = [
  'movePowers',
  'mergeOrganizations',
  'abolishOrganization',
  'handOver',
  'recall',
  'addPower',
  'cancelPower',
  'changePower',
  'adjustHandover',
] as const;

/** A refusal naming the operation (plan.operations[i]) and the reason, Chinese first. */
export const refuse = (index: number | null, zh: string, en: string, value: unknown = null) =>
  badInput(index === null ? 'plan' : `plan.operations[${index}]`, value, zh, en);

/** A refusal naming one field of an operation: plan.operations[i].changePower.basis. */
export const refuseField = (index: number, path: string, zh: string, en: string, value: unknown = null) =>
  badInput(`plan.operations[${index}].${path}`, value, zh, en);

/** Text input: trimmed, and null when blank or not given. */
const textOf = (value: string | null | undefined): string | null => value?.trim() || null;

function powerFields(input: PowerFieldsSent): PowerFieldsInput {
  return {
    name: input.name ?? null,
    subName: input.subName ?? null,
    category: input.category ?? null,
    code: textOf(input.code),
    basis: input.basis ?? null,
    responsibilityBasis: input.responsibilityBasis ?? null,
    responsibilities: input.responsibilities?.map((r) => ({ stage: textOf(r.stage), text: r.text })) ?? null,
    accountability: input.accountability ?? null,
  };
}

type PowerFieldsSent = Partial<
  Pick<ChangePowerInput, 'name' | 'subName' | 'category' | 'basis' | 'responsibilities' | 'accountability'> &
    Pick<AddPowerInput, 'code' | 'responsibilityBasis'>
>;

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
  const { addPower, cancelPower, changePower, adjustHandover } = input;
  if (addPower) {
    return {
      kind: 'addPower',
      organizationId: org(addPower.organizationId, 'organizationId'),
      ...powerFields(addPower),
      name: addPower.name,
      category: addPower.category,
    };
  }
  if (cancelPower) return { kind: 'cancelPower', powerId: fromGlobalIdOf('Power', cancelPower.powerId, field('powerId')) };
  if (changePower) {
    return {
      kind: 'changePower',
      powerId: fromGlobalIdOf('Power', changePower.powerId, field('powerId')),
      ...powerFields(changePower),
    };
  }
  if (adjustHandover) {
    return {
      kind: 'adjustHandover',
      enforcementItemId: fromGlobalIdOf('EnforcementItem', adjustHandover.enforcementItemId, field('enforcementItemId')),
      mode: adjustHandover.mode ?? null,
      actsInNameOf: adjustHandover.actsInNameOf ?? null,
      decisionDocNo: adjustHandover.decisionDocNo === undefined ? null : adjustHandover.decisionDocNo,
      published: adjustHandover.published ?? null,
      evaluationDue:
        adjustHandover.evaluationDue == null ? null : asOfDate(adjustHandover.evaluationDue, '', field('evaluationDue')),
    };
  }
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

/** The largest plan an impact or apply takes: operations, and ids across all of them. 方案规模上限。 */
export const MAX_PLAN_OPERATIONS = 50;
export const MAX_PLAN_IDS = 2_000;

const idCount = (input: ReassignmentOperationInput): number =>
  (input.movePowers?.powerIds.length ?? 0) +
  (input.mergeOrganizations?.organizationIds.length ?? 0) +
  (input.handOver ? input.handOver.powerIds.length + input.handOver.toIds.length : 0) +
  (input.recall?.enforcementItemIds.length ?? 0) +
  1;

/** The plan in local ids; refuses an empty or oversized plan and operations with other than one member set. */
export function planFromInput(input: ReassignmentPlanInput): Plan {
  const effectiveDate = asOfDate(input.effectiveDate, '', 'plan.effectiveDate');
  if (input.operations.length === 0) throw refuse(null, '方案没有任何操作', 'the plan has no operations');
  if (input.operations.length > MAX_PLAN_OPERATIONS) {
    throw refuse(
      null,
      `操作数 ${input.operations.length} 超过上限 ${MAX_PLAN_OPERATIONS}`,
      `${input.operations.length} operations exceed the limit of ${MAX_PLAN_OPERATIONS}`,
    );
  }
  const ids = input.operations.reduce((sum, operation) => sum + idCount(operation), 0);
  if (ids > MAX_PLAN_IDS) {
    throw refuse(null, `方案涉及 ${ids} 个标识，超过上限 ${MAX_PLAN_IDS}`, `the plan names ${ids} ids, over the limit of ${MAX_PLAN_IDS}`);
  }
  return { effectiveDate, operations: input.operations.map(operationOf) };
}
