import type { Role, User, WorkflowRole } from '../../auth/roles';
import { unauthenticated } from '../../auth/roles';
import type { DeadlineStage } from '../../config';
import { AppError, ErrorCode } from '../../errors';
import { today } from '../../shared/dates';
import type { ChangeRequestAction, ChangeRequestModel, ChangeRequestState } from './change-request.model';

/** Who may make a transition, from which states, and where it leads (null: the state stays). 流转规则。 */
export interface TransitionRule {
  roles: readonly Role[];
  from: readonly ChangeRequestState[];
  to: ChangeRequestState | null;
  /** A comment is required (returning or rejecting says why). */
  comment: boolean;
  zh: string;
}

/**
 * Who proposes: the proposer, and editors and admins, who may apply a plan directly anyway (so no
 * ranked role below the editor gets past a mutation's guard). Reviewing, approving and publishing
 * belong to their workflow roles alone: an admin cannot approve.
 */
const PROPOSERS: readonly Role[] = ['proposer', 'editor', 'admin'];

export const TRANSITIONS: Record<ChangeRequestAction, TransitionRule> = {
  SUBMIT: { roles: PROPOSERS, from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', comment: false, zh: '提交' },
  // 受理 (and re-review: the checks and the base fingerprint are taken again).
  ACCEPT: { roles: ['legal-reviewer'], from: ['SUBMITTED', 'LEGALITY_REVIEW'], to: 'LEGALITY_REVIEW', comment: false, zh: '受理审查' },
  // 出具合法性审查意见 (with an override when the checks found errors).
  CLEAR: { roles: ['legal-reviewer'], from: ['LEGALITY_REVIEW'], to: null, comment: false, zh: '审查通过' },
  RETURN: {
    roles: ['legal-reviewer', 'approver'],
    from: ['SUBMITTED', 'LEGALITY_REVIEW', 'APPROVED'],
    to: 'RETURNED',
    comment: true,
    zh: '退回',
  },
  APPROVE: { roles: ['approver'], from: ['LEGALITY_REVIEW'], to: 'APPROVED', comment: false, zh: '批准' },
  REJECT: { roles: ['legal-reviewer', 'approver'], from: ['SUBMITTED', 'LEGALITY_REVIEW'], to: 'REJECTED', comment: true, zh: '不予批准' },
  WITHDRAW: { roles: PROPOSERS, from: ['DRAFT', 'SUBMITTED', 'RETURNED'], to: 'WITHDRAWN', comment: false, zh: '撤回' },
  PUBLISH: { roles: ['publisher'], from: ['APPROVED'], to: 'PUBLISHED', comment: false, zh: '发布' },
};

export const STATE_ZH: Record<ChangeRequestState, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  LEGALITY_REVIEW: '合法性审查中',
  APPROVED: '已批准',
  PUBLISHED: '已发布',
  RETURNED: '已退回',
  REJECTED: '不予批准',
  WITHDRAWN: '已撤回',
};

export const ROLE_ZH: Partial<Record<Role, string>> = {
  proposer: '提出者（编办/部门）',
  'legal-reviewer': '合法性审查者（司法局）',
  approver: '批准者（政府）',
  publisher: '发布者',
  editor: '编辑者',
  admin: '管理员',
};

/** The caller holds one of the action's roles: anonymous UNAUTHENTICATED, others FORBIDDEN. */
export function requireActionRole(user: User | null, action: ChangeRequestAction): User {
  if (user === null) throw unauthenticated();
  const rule = TRANSITIONS[action];
  if (!user.roles.some((r) => (rule.roles as readonly string[]).includes(r))) {
    throw new AppError(
      ErrorCode.Forbidden,
      `「${rule.zh}」须由${rule.roles.map((r) => ROLE_ZH[r] ?? r).join('或')}办理`,
      `${action} needs the role ${rule.roles.join(' or ')}`,
      { field: 'action', value: action },
    );
  }
  return user;
}

/** The request is in a state the action starts from; CONFLICT naming both otherwise. */
export function requireState(request: ChangeRequestModel, action: ChangeRequestAction): void {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(request.state)) return;
  throw new AppError(
    ErrorCode.Conflict,
    `变更申请处于「${STATE_ZH[request.state]}」状态，不能${rule.zh}（仅限${rule.from.map((s) => `「${STATE_ZH[s]}」`).join('、')}）`,
    `a request in state ${request.state} cannot be given ${action} (only from ${rule.from.join(', ')})`,
    { field: 'state', value: request.state },
  );
}

/** Which requests wait for a role: its inbox. 各角色待办。 */
export function awaits(role: WorkflowRole, request: ChangeRequestModel): boolean {
  switch (role) {
    case 'proposer':
      return request.state === 'DRAFT' || request.state === 'RETURNED';
    case 'legal-reviewer':
      return request.state === 'SUBMITTED' || (request.state === 'LEGALITY_REVIEW' && !request.legalCleared);
    case 'approver':
      return request.state === 'LEGALITY_REVIEW' && request.legalCleared;
    case 'publisher':
      return request.state === 'APPROVED';
  }
}

const DAY_MS = 86_400_000;

/**
 * The date `days` working days after `start` (a date): Monday to Friday count, weekends do not.
 * Public holidays and make-up working days (调休) are not known: deadlines may fall a few days early.
 */
export function addWorkingDays(start: string, days: number): string {
  let t = Date.parse(`${start}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(t).toISOString().slice(0, 10);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  while (addWorkingDays(from, n + 1) <= to) n += 1;
  return n;
}

const isDeadlineStage = (state: ChangeRequestState): state is DeadlineStage =>
  state === 'SUBMITTED' || state === 'LEGALITY_REVIEW' || state === 'APPROVED' || state === 'RETURNED';

/** The last day of the current stage, or null for a state that waits for nobody (draft, final). */
export function dueOn(request: ChangeRequestModel, stageDays: Record<DeadlineStage, number>, stageEnteredOn: string): string | null {
  return isDeadlineStage(request.state) ? addWorkingDays(stageEnteredOn, stageDays[request.state]) : null;
}

/** The day (in China) the request entered its current stage. */
export const stageEnteredOn = (request: ChangeRequestModel): string => today('Asia/Shanghai', new Date(request.stageEnteredAt));

/** The request's deadline, and whether it is past it on `asOf`. 截止日期与是否超期。 */
export function deadline(request: ChangeRequestModel, stageDays: Record<DeadlineStage, number>, asOf: string): { dueOn: string | null; overdue: boolean } {
  const due = dueOn(request, stageDays, stageEnteredOn(request));
  return { dueOn: due, overdue: due !== null && asOf > due };
}
