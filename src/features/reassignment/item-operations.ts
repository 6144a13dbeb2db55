import type { Tx } from '../../db/database';
import type { LawCatalog } from '../../domain/laws/types';
import { categoryOf } from '../../domain/power-row-problems';
import { powerItemKey } from '../../domain/ids';
import type { PlanFacts } from './plan-facts';
import { refuse, refuseField } from './plan-input';
import type { PlanWriter } from './plan-writer';
import { checkPowerFields, draftPowerRow, powerListOf, readPowerRow, type PowerRowNow } from './power-rows';
import type { Operation } from './reassignment.model';
import { requireActive } from './validate-plan';

type Op<K extends Operation['kind']> = Extract<Operation, { kind: K }>;

/** A new row without a basis cites nothing: no catalog was read for it. */
const EMPTY_CATALOG: LawCatalog = { documents: new Map(), byNormalizedName: new Map(), versions: new Map() };

/**
 * The single-item operations of a plan (issue 19): add, cancel and change a power list row, adjust
 * a hand-over. Each is checked as the importer checks a row, then versions rows as an import does.
 * 单项调整：新增、取消、变更职权，调整下放事项。
 */
export class ItemOperations {
  constructor(
    private readonly tx: Tx,
    private readonly facts: PlanFacts,
    private readonly writer: PlanWriter,
    /** The law catalog, read before the transaction when an operation resolves citations (ReassignmentService.catalogFor). */
    private readonly catalog: LawCatalog | null,
  ) {}

  private lawCatalog(): LawCatalog {
    return this.catalog ?? EMPTY_CATALOG;
  }

  async addPower(index: number, op: Op<'addPower'>): Promise<void> {
    checkPowerFields(index, 'addPower', op, true);
    const organizations = await this.facts.organizations([op.organizationId]);
    requireActive(index, organizations, [op.organizationId]);
    const category = categoryOf(op.category)?.category ?? '';
    const itemKey = powerItemKey(category, op.name, op.subName);
    const identityKey = `${op.organizationId}|${itemKey}`;
    const e = this.writer.effectiveDate;
    const list = await powerListOf(this.tx, op.organizationId, itemKey, e);
    if (list.duplicateId !== null) {
      const name = organizations.get(op.organizationId)?.name ?? op.organizationId;
      throw refuseField(
        index,
        'addPower.name',
        `「${name}」在生效日已有同名同类职权：${list.duplicateId}`,
        `${name} already has a power of that name and category on the effective date: ${list.duplicateId}`,
        op.name,
      );
    }
    const base = {
      fields: null,
      exercises: [{ organizationId: op.organizationId, basis: 'STATUTORY', validTo: null }],
      unitIds: [],
      responsibilities: [],
      parentId: null,
      listIds: list.listIds,
    };
    const draft = draftPowerRow(index, 'addPower', op, base, identityKey, this.lawCatalog(), e);
    await this.writer.createPowerRow(draft, null);
  }

  async cancelPower(index: number, op: Op<'cancelPower'>): Promise<void> {
    await this.currentRow(index, 'cancelPower', op.powerId);
    await this.writer.retirePower(op.powerId);
  }

  async changePower(index: number, op: Op<'changePower'>): Promise<void> {
    checkPowerFields(index, 'changePower', op, false);
    const { name, subName, category, code, basis, responsibilityBasis, responsibilities, accountability } = op;
    if ([name, subName, category, code, basis, responsibilityBasis, responsibilities, accountability].every((v) => v === null)) {
      throw refuse(index, '没有给出要变更的字段', 'no field to change was given', op.powerId);
    }
    const now = await this.currentRow(index, 'changePower', op.powerId);
    const fields = now.fields!;
    const draft = draftPowerRow(index, 'changePower', op, now, fields.identityKey, this.lawCatalog(), this.writer.effectiveDate);
    await this.writer.createPowerRow(draft, op.powerId);
  }

  async adjustHandover(index: number, op: Op<'adjustHandover'>): Promise<void> {
    const { mode, actsInNameOf, decisionDocNo, published, evaluationDue } = op;
    if ([mode, actsInNameOf, decisionDocNo, published, evaluationDue].every((v) => v === null)) {
      throw refuse(index, '没有给出要调整的条件', 'no term to adjust was given', op.enforcementItemId);
    }
    const items = await this.facts.enforcementItems([op.enforcementItemId]);
    const item = items.get(op.enforcementItemId);
    if (!item?.found) {
      throw refuseField(index, 'adjustHandover.enforcementItemId', `下放事项不存在：${op.enforcementItemId}`, `unknown enforcement item: ${op.enforcementItemId}`, op.enforcementItemId);
    }
    if (!item.active) {
      throw refuseField(
        index,
        'adjustHandover.enforcementItemId',
        `下放事项 ${op.enforcementItemId} 在生效日不在有效期内或已收回`,
        `enforcement item ${op.enforcementItemId} is not in effect on the effective date`,
        op.enforcementItemId,
      );
    }
    await this.writer.adjustHandover(op.enforcementItemId, { mode, actsInNameOf, decisionDocNo, published, evaluationDue });
    for (const p of item.powerIds) this.writer.affected.powers.add(p);
    for (const o of [item.fromId, item.toId]) if (o) this.writer.affected.organizations.add(o);
  }

  /** The row, which must exist and be the version in force on the effective date. */
  private async currentRow(index: number, member: string, powerId: string): Promise<PowerRowNow> {
    const row = await readPowerRow(this.tx, powerId, this.writer.effectiveDate);
    if (!row.found || row.fields === null) {
      throw refuseField(index, `${member}.powerId`, `职权不存在：${powerId}`, `unknown power: ${powerId}`, powerId);
    }
    if (!row.current) {
      throw refuseField(
        index,
        `${member}.powerId`,
        `职权「${row.fields.name}」在生效日不是有效的版本（已取消或已有新版本）`,
        `the power ${row.fields.name} is not the version in force on the effective date (cancelled or superseded)`,
        powerId,
      );
    }
    return row;
  }
}
