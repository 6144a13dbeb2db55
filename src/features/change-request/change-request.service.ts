import { randomUUID } from 'node:crypto';

import type { User } from '../../auth/roles';
import type { AnalysisConfig } from '../../config';
import type { Database, Tx } from '../../db/database';
import { lockChangeLog, writeChangeSet } from '../../domain/change-set/change-set';
import { AppError, badInput, ErrorCode, notFound } from '../../errors';
import type { ReassignmentPlanInput } from '../../generated/graphql';
import { today } from '../../shared/dates';
import type { PartitionedAnalysis } from '../analysis/partitions/partitioned-analysis';
import { READ_IDS_ONLY } from '../reassignment/impact-snapshot';
import { planFromInput } from '../reassignment/plan-input';
import { ReassignmentService } from '../reassignment/reassignment.service';
import type { ReassignmentImpactModel } from '../reassignment/reassignment.model';
import type { ChangeFeed } from './change-feed';
import type { ChangeRequestAction, ChangeRequestModel, ChangeRequestState, ChangeRequestStep } from './change-request.model';
import type { Plan } from '../reassignment/reassignment.model';
import { ChangeRequestRepository } from './change-request.repository';
import { affectedOf, checksOf } from './checks';
import { requireActionRole, requireState, TRANSITIONS } from './workflow';

export interface ChangeRequestDraft {
  title: string;
  reason: string;
  legalBasisDocNo: string | null;
  legalBasisDocument: string | null;
  plan: ReassignmentPlanInput;
}

export interface TransitionInput {
  comment: string | null;
  /** CLEAR only: the legal reviewer lets a request with ERROR findings be approved, saying why. */
  override: string | null;
}

/** A stored plan is a ReassignmentPlanInput written by `create` or `revise`; planFromInput checks it again. */
export const planOf = (request: Pick<ChangeRequestModel, 'plan'>): Plan => planFromInput(request.plan as ReassignmentPlanInput);

/** Returns `text` trimmed, or null when blank. */
const blankToNull = (text: string | null | undefined): string | null => text?.trim() || null;

const conflict = (zh: string, en: string, value: unknown): AppError =>
  new AppError(ErrorCode.Conflict, zh, en, { field: 'rows', value });

/**
 * The change-request workflow (动态调整, issue 19). Every transition runs in one write
 * transaction that first takes the change log's lock, so transitions are serialised: the state
 * read is the state changed, and two approvals of conflicting requests cannot both pass. Each one
 * writes a CHANGE_REQUEST change set (actor, time, comment) linked to the request; publication
 * also applies the plan and writes its REASSIGNMENT change set, in the same transaction.
 */
export class ChangeRequestService {
  private readonly repository: ChangeRequestRepository;
  private readonly reassignment: ReassignmentService;

  constructor(
    private readonly db: Database,
    analysis: AnalysisConfig,
    private readonly feed: ChangeFeed,
    /** The clock transitions and deadlines read (tests inject a fixed one). */
    private readonly clock: () => Date = () => new Date(),
    partitions: PartitionedAnalysis | null = null,
  ) {
    this.repository = new ChangeRequestRepository(db);
    this.reassignment = new ReassignmentService(db, analysis, today('Asia/Shanghai', clock()), partitions);
  }

  /** A new request in DRAFT; the plan is checked for form (ids, dates, one member per operation). */
  async create(draft: ChangeRequestDraft, caller: User | null): Promise<ChangeRequestModel> {
    const user = requireActionRole(caller, 'SUBMIT');
    const valid = this.validDraft(draft);
    const now = this.clock().toISOString();
    const model: ChangeRequestModel = {
      id: `cr-${randomUUID()}`,
      ...valid,
      effectiveDate: planFromInput(valid.plan).effectiveDate,
      state: 'DRAFT',
      proposer: user.sub,
      createdAt: now,
      stageEnteredAt: now,
      checks: null,
      legalCleared: false,
      override: null,
      baseFingerprint: null,
      affectedRowIds: [],
      affectedOrganizationIds: [],
      publishedChangeSetId: null,
      publishedVersion: null,
      publishedAt: null,
    };
    const created = await this.db.executeWrite('changeRequest.create', async (tx) => {
      await lockChangeLog(tx);
      const request = await this.repository.create(tx, model);
      await this.record(tx, request, 'CREATE', null, 'DRAFT', user, null);
      return request;
    });
    this.tell(created, null);
    return created;
  }

  /** Edits a draft or a returned request (its proposer's role): what a rebase after a conflict is. */
  async revise(id: string, draft: ChangeRequestDraft, caller: User | null): Promise<ChangeRequestModel> {
    const user = requireActionRole(caller, 'SUBMIT');
    const valid = this.validDraft(draft);
    return this.db.executeWrite('changeRequest.revise', async (tx) => {
      await lockChangeLog(tx);
      const request = await this.find(tx, id);
      requireState(request, 'SUBMIT');
      const revised = await this.repository.update(tx, id, {
        ...valid,
        effectiveDate: planFromInput(valid.plan).effectiveDate,
        checks: null,
      });
      await this.record(tx, revised, 'REVISE', request.state, request.state, user, null);
      return revised;
    });
  }

  /** Makes one transition, or refuses it (wrong role, wrong state, conflict, errors not overridden). */
  async transition(id: string, action: ChangeRequestAction, user: User | null, input: TransitionInput): Promise<ChangeRequestModel> {
    const actor = requireActionRole(user, action);
    const rule = TRANSITIONS[action];
    const comment = blankToNull(input.comment);
    const override = blankToNull(input.override);
    if (rule.comment && comment === null) {
      throw new AppError(ErrorCode.BadUserInput, `「${rule.zh}」须填写意见`, `${action} needs a comment`, { field: 'comment' });
    }
    if (override !== null && action !== 'CLEAR') {
      throw new AppError(ErrorCode.BadUserInput, '只有合法性审查通过时可以放行', 'only CLEAR takes an override', { field: 'override' });
    }
    // The impact runs in its own rolled-back transaction, before the transition's: refuse a wrong
    // state first, so nobody waits for an analysis that cannot be used.
    let impact: ReassignmentImpactModel | null = null;
    if (action === 'SUBMIT' || action === 'ACCEPT') {
      const [current] = await this.repository.findByIds([id]);
      if (current === undefined) throw notFound('变更申请', 'change request', id);
      requireState(current, action);
      // Its checks use the impact's ids and counts: nothing it names is read in full.
      impact = await this.reassignment.impact(planOf(current), READ_IDS_ONLY);
    }
    const { request, from } = await this.db.executeWrite(`changeRequest.${action.toLowerCase()}`, async (tx) => {
      await lockChangeLog(tx);
      const before = await this.find(tx, id);
      requireState(before, action);
      const now = this.clock().toISOString();
      const changes = await this.changesFor(tx, before, action, actor, { now, impact, override });
      const to = rule.to ?? before.state;
      const after = await this.repository.update(tx, id, {
        ...changes,
        state: to,
        ...(to !== before.state && { stageEnteredAt: now }),
      });
      await this.record(tx, after, action, before.state, to, actor, comment);
      return { request: after, from: before.state };
    });
    this.tell(request, from);
    return request;
  }

  /** What an action changes beyond the state, and the refusals that depend on the graph. */
  private async changesFor(
    tx: Tx,
    request: ChangeRequestModel,
    action: ChangeRequestAction,
    actor: User,
    context: { now: string; impact: ReassignmentImpactModel | null; override: string | null },
  ): Promise<Partial<ChangeRequestModel>> {
    switch (action) {
      case 'SUBMIT':
      case 'ACCEPT': {
        const impact = context.impact!;
        const affected = affectedOf(impact);
        const checks = checksOf(impact, context.now);
        const base = { checks, affectedRowIds: affected.rowIds, affectedOrganizationIds: affected.organizationIds };
        if (action === 'SUBMIT') return { ...base, legalCleared: false, override: null, baseFingerprint: null };
        // The rows as the legal reviewer sees them: approval and publication compare against this.
        const baseFingerprint = await this.repository.fingerprint(tx, [...affected.rowIds, ...affected.organizationIds]);
        return { ...base, baseFingerprint, legalCleared: false, override: null };
      }
      case 'CLEAR':
        return {
          legalCleared: true,
          override: context.override === null ? null : { reason: context.override, by: actor.sub, at: context.now },
        };
      case 'APPROVE':
        this.requireOverrideRule(request);
        await this.requireUnchanged(tx, request);
        await this.requireNoOverlap(tx, request);
        return {};
      case 'PUBLISH':
        return this.publish(tx, request, actor, context.now);
      case 'RETURN':
      case 'REJECT':
      case 'WITHDRAW':
        return { legalCleared: false };
    }
  }

  /** ERROR findings block approval unless the legal reviewer recorded an override. */
  private requireOverrideRule(request: ChangeRequestModel): void {
    if (!request.legalCleared) {
      throw new AppError(
        ErrorCode.Conflict,
        '合法性审查尚未通过，不能批准',
        'the legality review has not cleared this request yet',
        { field: 'legalCleared', value: false },
      );
    }
    const errors = request.checks?.errorCount ?? 0;
    if (errors > 0 && request.override === null) {
      const kinds = [...new Set(request.checks!.findingsCreated.filter((f) => f.severity === 'ERROR').map((f) => f.kind))];
      throw new AppError(
        ErrorCode.Conflict,
        `自动检查发现 ${errors} 个错误（${kinds.join('、')}），须合法性审查者说明理由放行后才能批准`,
        `the checks found ${errors} ERROR findings (${kinds.join(', ')}): the legal reviewer must record an override with a reason before approval`,
        { field: 'override', value: kinds },
      );
    }
  }

  /** The rows the legal reviewer accepted are as they were; else the request must be rebased or re-reviewed. */
  private async requireUnchanged(tx: Tx, request: ChangeRequestModel): Promise<void> {
    const now = await this.repository.fingerprint(tx, [...request.affectedRowIds, ...request.affectedOrganizationIds]);
    if (now === request.baseFingerprint) return;
    throw conflict(
      '审查后涉及的事项已被其他变更修改：请退回提出者重新调整（rebase），或由合法性审查者重新受理审查',
      'the rows this request touches changed after its legality review: return it to the proposer to rebase, or have the legal reviewer review it again',
      request.id,
    );
  }

  /** No other approved, unpublished request touches the same rows (never merged silently). */
  private async requireNoOverlap(tx: Tx, request: ChangeRequestModel): Promise<void> {
    const mine = new Set(request.affectedRowIds);
    const others = (await this.repository.inStatesInTx(tx, ['APPROVED'])).filter(
      (other) => other.id !== request.id && other.affectedRowIds.some((id) => mine.has(id)),
    );
    if (others.length === 0) return;
    const names = others.map((o) => `${o.title}（${o.id}）`);
    throw conflict(
      `已批准待发布的变更申请涉及相同事项：${names.join('、')}。请待其发布后重新审查本申请，或退回提出者调整`,
      `approved requests not yet published touch the same rows: ${others.map((o) => o.id).join(', ')}; review this one again after they are published, or return it to the proposer`,
      others.map((o) => o.id),
    );
  }

  /** Applies the plan as applyReassignment does (its change set, in this transaction). */
  private async publish(tx: Tx, request: ChangeRequestModel, actor: User, now: string): Promise<Partial<ChangeRequestModel>> {
    await this.requireUnchanged(tx, request);
    const basis = request.legalBasisDocNo ?? request.legalBasisDocument ?? '';
    const { changeSet } = await this.reassignment.applyInTx(
      tx,
      planOf(request),
      `变更申请「${request.title}」（${basis}）发布 / change request ${request.id} published: ${request.reason}`,
      actor.sub,
    );
    return { publishedChangeSetId: changeSet.id, publishedVersion: changeSet.seq, publishedAt: now };
  }

  private async find(tx: Tx, id: string): Promise<ChangeRequestModel> {
    const request = await this.repository.findInTx(tx, id);
    if (request === null) throw notFound('变更申请', 'change request', id);
    return request;
  }

  /** Writes the transition into the hash-chained audit and links it to the request. */
  private async record(
    tx: Tx,
    request: ChangeRequestModel,
    action: ChangeRequestStep,
    from: ChangeRequestState | null,
    to: ChangeRequestState,
    actor: User,
    comment: string | null,
  ): Promise<void> {
    const changeSet = await writeChangeSet(tx, {
      kind: 'CHANGE_REQUEST',
      actor: actor.sub,
      reason: comment ?? `变更申请「${request.title}」${action} / change request ${action}`,
      summary: {
        changeRequestId: request.id,
        action,
        from,
        to,
        comment,
        ...(request.override && action === 'CLEAR' && { override: request.override }),
        ...(action === 'PUBLISH' && { publishedChangeSetId: request.publishedChangeSetId, version: request.publishedVersion }),
      },
      touched: [],
    });
    await this.repository.linkTransition(tx, request.id, changeSet.id);
  }

  private tell(request: ChangeRequestModel, from: ChangeRequestState | null): void {
    this.feed.emit({
      type: request.state === 'PUBLISHED' ? 'published' : 'state',
      id: request.id,
      state: request.state,
      from,
      at: request.stageEnteredAt,
      version: request.publishedVersion,
    });
  }

  private validDraft(draft: ChangeRequestDraft): ChangeRequestDraft {
    const title = blankToNull(draft.title);
    const reason = blankToNull(draft.reason);
    const docNo = blankToNull(draft.legalBasisDocNo);
    const document = blankToNull(draft.legalBasisDocument);
    if (title === null) throw badInput('input.title', draft.title, '须填写标题', 'a title is required');
    if (reason === null) throw badInput('input.reason', draft.reason, '须填写调整理由', 'a reason is required');
    if (docNo === null && document === null) {
      throw badInput('input.legalBasis', null, '须给出调整依据的文号或文件名称', 'give the decision number (文号) or the document of the legal basis');
    }
    planFromInput(draft.plan);
    return { title, reason, legalBasisDocNo: docNo, legalBasisDocument: document, plan: draft.plan };
  }
}
