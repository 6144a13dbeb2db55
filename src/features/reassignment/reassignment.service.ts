import { z } from 'zod';

import type { AnalysisConfig } from '../../config';
import type { Database, Tx } from '../../db/database';
import { AppError, ErrorCode, notFound } from '../../errors';
import type { PartitionedAnalysis } from '../analysis/partitions/partitioned-analysis';
import { analyseInTx } from './analysis-port';
import { applyPlan } from './apply-plan';
import { loadLawCatalog } from '../../domain/laws/law-store';
import type { LawCatalog } from '../../domain/laws/types';
import { linkRevert, lockChangeLog, writeChangeSet } from '../../domain/change-set/change-set';
import { LIST_LABELS, perAffectedIds } from '../../domain/list-kinds';
import { ChangeSetRepository } from './change-set.repository';
import { diffBy, findingKey, overlapKey } from './impact-diff';
import { READ_EVERYTHING, readSnapshot, type SnapshotReads } from './impact-snapshot';
import { planScope } from './plan-scope';
import type { PlanWriter } from './plan-writer';
import type { ApplyReassignmentResultModel, ChangeSetModel, Plan, ReassignmentImpactModel } from './reassignment.model';
import { respondentChanges, respondentsOf } from './respondents';
import { undo } from './revert';
import { UNDO_LOG } from './undo-log';

/** A reassignment's summary, as far as a revert reads it: its undo log, its diff and what it touched. */
const REVERTIBLE = z.looseObject({ undo: UNDO_LOG, diff: z.unknown(), touched: z.array(z.string()).optional() });

/** Thrown to roll the impact's transaction back; carries the result out. Never reaches a client. */
class RollbackWithResult extends AppError {
  constructor(readonly result: ReassignmentImpactModel) {
    super(ErrorCode.Internal, '影响分析已回滚', 'impact analysis rolled back');
  }
}

/**
 * Impact, apply and revert of reassignment plans (issue 6). Impact and apply run the same code in
 * one write transaction: the plan is written, the analysis runs before and after it in that
 * transaction; impact then throws so nothing is committed (ADR 0002), apply commits the plan and
 * its change set together.
 */
export class ReassignmentService {
  private readonly changeSets: ChangeSetRepository;

  constructor(
    private readonly db: Database,
    private readonly settings: AnalysisConfig,
    private readonly today: string,
    /** The kept per-partition analysis of the committed graph (the world before a plan); without it, analysed in the transaction. */
    private readonly partitions: PartitionedAnalysis | null = null,
  ) {
    this.changeSets = new ChangeSetRepository(db);
  }

  /**
   * The impact of a plan; writes nothing (the transaction is always rolled back). `reads`: what
   * the caller reads of the objects the impact names beyond their ids (impact-snapshot.ts).
   */
  async impact(plan: Plan, reads: SnapshotReads = READ_EVERYTHING): Promise<ReassignmentImpactModel> {
    const catalog = await this.catalogFor(plan);
    try {
      await this.db.executeWrite('reassignment.impact', async (tx) => {
        const { impact, writer } = await this.applyWithImpact(tx, plan, catalog);
        impact.snapshot = await readSnapshot(tx, impact, this.today, reads, (id) => writer.isCreated(id));
        throw new RollbackWithResult(impact);
      });
    } catch (error) {
      if (error instanceof RollbackWithResult) return error.result;
      throw error;
    }
    throw new Error('unreachable: the impact transaction must roll back');
  }

  /** Writes the plan and one change set in one transaction. */
  async apply(plan: Plan, reason: string, actor: string): Promise<ApplyReassignmentResultModel> {
    const catalog = await this.catalogFor(plan);
    return this.db.executeWrite('reassignment.apply', (tx) => this.applyInTx(tx, plan, reason, actor, catalog));
  }

  /**
   * Writes the plan and its change set in the caller's transaction (a change request's publication).
   * The law catalog is best read before the transaction (catalogFor); without it, it is read here.
   */
  async applyInTx(
    tx: Tx,
    plan: Plan,
    reason: string,
    actor: string,
    catalog?: LawCatalog | null,
  ): Promise<ApplyReassignmentResultModel> {
    const { impact, writer } = await this.applyWithImpact(tx, plan, catalog === undefined ? await this.catalogFor(plan) : catalog);
    const changeSet = await writeChangeSet(tx, {
      kind: 'REASSIGNMENT',
      actor,
      reason,
      summary: {
        plan,
        diff: {
          affected: impact.affected,
          overlapsCreated: impact.overlapsCreated.map((o) => o.id),
          overlapsResolved: impact.overlapsResolved.map((o) => o.id),
          findingsCreated: impact.findingsCreated.map((f) => f.id),
          findingsResolved: impact.findingsResolved.map((f) => f.id),
          respondentChanges: impact.respondentChanges,
        },
        touched: [...writer.touched],
        undo: writer.undo,
      },
      touched: [...writer.touched],
    });
    return { changeSet, impact };
  }

  /** Restores the graph as it was before a change set and records a REVERT change set. */
  async revert(id: string, reason: string, actor: string, sentId: string = id): Promise<ChangeSetModel> {
    return this.db.executeWrite('reassignment.revert', async (tx) => {
      await lockChangeLog(tx);
      const target = await this.changeSets.findInTx(tx, id);
      if (target === null) throw notFound('变更记录', 'change set', sentId);
      const summary = REVERTIBLE.safeParse(JSON.parse(target.summary));
      if (target.kind !== 'REASSIGNMENT' || !summary.success) {
        throw new AppError(
          ErrorCode.BadUserInput,
          `只能撤销调整记录（本记录类型为 ${target.kind}）`,
          `only REASSIGNMENT change sets can be reverted (this one is ${target.kind})`,
          { field: 'id', value: id },
        );
      }
      if (target.revertedById !== null) {
        throw new AppError(
          ErrorCode.Conflict,
          `该变更记录已被撤销（${target.revertedById}）`,
          `already reverted by ${target.revertedById}`,
          { value: id },
        );
      }
      const log = summary.data.undo;
      const touched = summary.data.touched ?? [];
      const ids = [...touched, ...log.createdNodes.map((n) => n.id)];
      const dependents = await this.changeSets.dependents(tx, target.seq, ids);
      if (dependents.length > 0) {
        throw new AppError(
          ErrorCode.Conflict,
          `之后的变更记录依赖本记录，须先撤销：${dependents.join('、')}`,
          `later change sets depend on this one; revert them first: ${dependents.join(', ')}`,
          { value: dependents },
        );
      }
      await undo(tx, log);
      const changeSet = await writeChangeSet(tx, {
        kind: 'REVERT',
        actor,
        reason,
        summary: { reverts: target.id, revertsSeq: target.seq, diff: summary.data.diff ?? null },
        touched,
        reverts: target.id,
      });
      await linkRevert(tx, target.id, changeSet.id);
      return changeSet;
    });
  }

  /** Applies the plan in `tx` and measures it: analysis and respondents before and after. */
  /**
   * The law catalog, when an operation resolves citations (a new row with a basis; a new version of a
   * row, whose basis is resolved again as an import does): read before the write transaction opens,
   * so no second session runs while the plan holds its locks.
   */
  private async catalogFor(plan: Plan): Promise<LawCatalog | null> {
    const cites = plan.operations.some(
      (op) =>
        op.kind === 'changePower' || (op.kind === 'addPower' && (op.basis !== null || op.responsibilityBasis !== null)),
    );
    return cites ? loadLawCatalog(this.db) : null;
  }

  private async applyWithImpact(
    tx: Tx,
    plan: Plan,
    catalog: LawCatalog | null,
  ): Promise<{ impact: ReassignmentImpactModel; writer: PlanWriter }> {
    const e = plan.effectiveDate;
    const scope = await planScope(tx, plan);
    // The world without the plan is the committed graph: its partitions' kept results (issue 13),
    // shared with the overlaps and findings listings, as a planner tries variants of one plan.
    const before = this.partitions
      ? await this.partitions.involving(this.db, this.settings, e, scope.organizationIds)
      : await analyseInTx(this.db, tx, this.settings, e, scope.organizationIds);
    // A transaction's statements run in the order they are sent, so a read sent before the plan's
    // first write sees the graph without the plan, and needs no round trip of its own.
    const [respondentsBefore, writer] = await Promise.all([
      respondentsOf(tx, scope.powerIds, e),
      applyPlan(tx, plan, catalog).then(async (w) => {
        await w.addDependents();
        return w;
      }),
    ]);
    const affected = writer.affected;
    const powerIds = [...affected.powers];
    const [after, respondentsAfter] = await Promise.all([
      analyseInTx(this.db, tx, this.settings, e, scope.organizationIds),
      respondentsOf(tx, powerIds, e),
    ]);
    const overlaps = diffBy(before.overlaps, after.overlaps, overlapKey(affected.versionOf));
    const findings = diffBy(before.findings, after.findings, findingKey(affected.versionOf));
    const impact: ReassignmentImpactModel = {
      effectiveDate: e,
      affected: {
        powerIds,
        ...perAffectedIds((k) => [...affected.rows[k.label]]),
        organizationIds: [...affected.organizations],
      },
      overlapsCreated: overlaps.created,
      overlapsResolved: overlaps.resolved,
      findingsCreated: findings.created,
      findingsResolved: findings.resolved,
      respondentChanges: respondentChanges(powerIds, respondentsBefore, respondentsAfter),
      versionOf: [...affected.versionOf.entries()],
      dependentIds: [...affected.dependents],
      createdIds: [...powerIds, ...LIST_LABELS.flatMap((label) => [...affected.rows[label]])].filter((id) => writer.isCreated(id)),
      snapshot: null,
    };
    return { impact, writer };
  }
}
