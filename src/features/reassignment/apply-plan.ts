import type { Tx } from '../../db/database';
import { organizationIdFor, organizationNameKey } from '../../domain/organizations';
import type { LawCatalog } from '../../domain/laws/types';
import { ItemOperations } from './item-operations';
import { PlanFacts } from './plan-facts';
import { refuse } from './plan-input';
import { PlanWriter } from './plan-writer';
import type { Operation, Plan } from './reassignment.model';
import { requireActive, requireNonEmpty, validatePlan } from './validate-plan';

type Op<K extends Operation['kind']> = Extract<Operation, { kind: K }>;

/**
 * Applies a plan inside the caller's transaction, operation by operation: each is validated
 * against the graph as the earlier ones left it, then written. Throws BAD_USER_INPUT (the caller's
 * transaction then rolls back) naming the operation and the reason. 在事务中按顺序执行调整方案。
 */
export async function applyPlan(tx: Tx, plan: Plan, catalog: LawCatalog | null): Promise<PlanWriter> {
  const facts = new PlanFacts(tx, plan.effectiveDate);
  await validatePlan(plan, facts);
  const writer = new PlanWriter(tx, plan.effectiveDate);
  const items = new ItemOperations(tx, facts, writer, catalog);
  for (const [index, op] of plan.operations.entries()) {
    switch (op.kind) {
      case 'movePowers':
        await movePowers(index, op, facts, writer);
        break;
      case 'abolishOrganization':
        await abolish(index, op.organizationId, op.successorId, 'ABOLISH', facts, writer);
        break;
      case 'mergeOrganizations':
        await merge(index, op, facts, writer);
        break;
      case 'handOver':
        await handOver(index, op, facts, writer);
        break;
      case 'recall':
        await recall(index, op, facts, writer);
        break;
      case 'addPower':
        await items.addPower(index, op);
        break;
      case 'cancelPower':
        await items.cancelPower(index, op);
        break;
      case 'changePower':
        await items.changePower(index, op);
        break;
      case 'adjustHandover':
        await items.adjustHandover(index, op);
        break;
    }
  }
  return writer;
}

async function requireExercised(
  index: number,
  facts: PlanFacts,
  powerIds: readonly string[],
  fromId: string,
  fromName: string,
): Promise<void> {
  const powers = await facts.powers(powerIds);
  for (const id of powerIds) {
    const power = powers.get(id);
    if (!power?.found) throw refuse(index, `职权不存在：${id}`, `unknown power: ${id}`, id);
    if (!power.exerciserIds.includes(fromId)) {
      throw refuse(
        index,
        `「${fromName}」在生效日不行使职权「${power.name ?? id}」`,
        `${fromName} does not exercise the power ${power.name ?? id} on the effective date`,
        id,
      );
    }
  }
}

async function movePowers(index: number, op: Op<'movePowers'>, facts: PlanFacts, writer: PlanWriter): Promise<void> {
  requireNonEmpty(index, op.powerIds, '职权列表', 'powerIds');
  if (op.fromId === op.toId)
    throw refuse(index, '移出和移入机构相同', 'from and to are the same organization', op.toId);
  const organizations = await facts.organizations([op.fromId, op.toId]);
  requireActive(index, organizations, [op.fromId, op.toId]);
  await requireExercised(index, facts, op.powerIds, op.fromId, organizations.get(op.fromId)?.name ?? op.fromId);
  await writer.moveExercise(op.powerIds.map((powerId) => ({ powerId, fromId: op.fromId, toId: op.toId })));
  const handOvers = await writer.handOversOfPowersFrom(op.fromId, op.powerIds);
  await writer.repointItems('EnforcementItem', handOvers, op.fromId, op.toId);
}

async function abolish(
  index: number,
  organizationId: string,
  successorId: string | null,
  type: 'ABOLISH' | 'MERGE',
  facts: PlanFacts,
  writer: PlanWriter,
): Promise<void> {
  if (successorId === organizationId)
    throw refuse(index, '承继机构不能是被撤销机构本身', 'an organization cannot succeed itself', successorId);
  const organizations = await facts.organizations([organizationId, ...(successorId ? [successorId] : [])]);
  requireActive(index, organizations, [organizationId, ...(successorId ? [successorId] : [])]);
  const held = await writer.holdings(organizationId);
  await writer.endOrganization(organizationId);
  if (successorId !== null) {
    await writer.moveExercise(held.powerIds.map((powerId) => ({ powerId, fromId: organizationId, toId: successorId })));
    await writer.repointItems('EnforcementItem', held.enforcementItemIds, organizationId, successorId);
    await writer.repointItems('WhistleMatter', held.whistleMatterIds, organizationId, successorId);
    await writer.repointItems('TownshipDutyItem', held.dutyItemIds, organizationId, successorId);
    await writer.repointItems('LenientItem', held.lenientItemIds, organizationId, successorId);
  } else {
    // Nothing moves: what it held is left to the analysis (ORPHANED).
    for (const id of held.powerIds) writer.affected.powers.add(id);
    for (const id of held.enforcementItemIds) writer.affected.rows.EnforcementItem.add(id);
  }
  await writer.recordSuccession(type, [organizationId], successorId);
}

async function merge(index: number, op: Op<'mergeOrganizations'>, facts: PlanFacts, writer: PlanWriter): Promise<void> {
  requireNonEmpty(index, op.organizationIds, '被合并机构', 'organizationIds');
  if ((op.intoId === null) === (op.newName === null)) {
    throw refuse(index, 'intoId 和 newName 须且只能给一个', 'give exactly one of intoId and newName');
  }
  if (new Set(op.organizationIds).size !== op.organizationIds.length) {
    throw refuse(index, '被合并机构有重复', 'organizationIds has repeats', op.organizationIds);
  }
  let targetId = op.intoId;
  if (targetId !== null && op.organizationIds.includes(targetId)) {
    throw refuse(index, '并入机构不能同时是被合并机构', 'intoId is also merged', targetId);
  }
  const organizations = await facts.organizations(op.organizationIds);
  requireActive(index, organizations, op.organizationIds);
  if (op.newName !== null) {
    const nameKey = organizationNameKey(op.newName);
    if (await facts.nameTaken(nameKey)) {
      throw refuse(
        index,
        `机构「${op.newName}」已存在，请用 intoId 并入`,
        `an organization named ${op.newName} exists: merge into it with intoId`,
        op.newName,
      );
    }
    targetId = organizationIdFor(nameKey);
    await writer.createOrganization(targetId, op.newName, nameKey, op.organizationIds[0] ?? '');
  }
  for (const id of op.organizationIds) await abolish(index, id, targetId, 'MERGE', facts, writer);
}

async function handOver(index: number, op: Op<'handOver'>, facts: PlanFacts, writer: PlanWriter): Promise<void> {
  requireNonEmpty(index, op.powerIds, '职权列表', 'powerIds');
  requireNonEmpty(index, op.toIds, '承接机构', 'toIds');
  if (op.toIds.includes(op.fromId))
    throw refuse(index, '不能下放给自己', 'an organization cannot hand over to itself', op.fromId);
  const organizations = await facts.organizations([op.fromId, ...op.toIds]);
  requireActive(index, organizations, [op.fromId, ...op.toIds]);
  await requireExercised(index, facts, op.powerIds, op.fromId, organizations.get(op.fromId)?.name ?? op.fromId);
  const rows = [...new Set(op.powerIds)].flatMap((powerId) =>
    [...new Set(op.toIds)].map((toId) => ({ powerId, fromId: op.fromId, toId })),
  );
  const existing = await facts.existingHandOvers(rows);
  if (existing.length > 0) {
    throw refuse(
      index,
      `已有生效的相同下放：${existing.join('、')}`,
      `the same hand-over is already in effect: ${existing.join(', ')}`,
      existing,
    );
  }
  await writer.createHandOvers(rows, op.mode, op.actsInNameOf ?? (op.mode === 'ENTRUST' ? 'DELEGATOR' : 'SELF'));
}

async function recall(index: number, op: Op<'recall'>, facts: PlanFacts, writer: PlanWriter): Promise<void> {
  requireNonEmpty(index, op.enforcementItemIds, '下放事项', 'enforcementItemIds');
  const items = await facts.enforcementItems(op.enforcementItemIds);
  for (const id of op.enforcementItemIds) {
    const item = items.get(id);
    if (!item?.found) throw refuse(index, `下放事项不存在：${id}`, `unknown enforcement item: ${id}`, id);
    if (!item.active)
      throw refuse(
        index,
        `下放事项 ${id} 在生效日不在有效期内或已收回`,
        `enforcement item ${id} is not in effect on the effective date`,
        id,
      );
  }
  await writer.recall([...new Set(op.enforcementItemIds)], items);
}
