import type { WorkflowRole } from '../../auth/roles';

/** ChangeRequest states // 变更申请状态 (issue 19). */
export const CHANGE_REQUEST_STATES = [
  'DRAFT',
  'SUBMITTED',
  'LEGALITY_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'RETURNED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ChangeRequestState = (typeof CHANGE_REQUEST_STATES)[number];

/** What a role does to a request // 办理动作. */
export const CHANGE_REQUEST_ACTIONS = ['SUBMIT', 'ACCEPT', 'CLEAR', 'RETURN', 'APPROVE', 'REJECT', 'WITHDRAW', 'PUBLISH'] as const;
export type ChangeRequestAction = (typeof CHANGE_REQUEST_ACTIONS)[number];
/** What the audit records: the actions, the creation and the edits of a draft. */
export const CHANGE_REQUEST_STEPS = ['CREATE', 'REVISE', ...CHANGE_REQUEST_ACTIONS] as const;
export type ChangeRequestStep = (typeof CHANGE_REQUEST_STEPS)[number];

/** A ReassignmentPlanInput kept as JSON (the model does not name generated types). */
export interface StoredPlanInput {
  effectiveDate: string;
  operations: unknown[];
}

/** One finding or overlap the plan would create, as the checks keep it. */
export interface CheckIssue {
  id: string;
  kind: string;
  severity: string;
  explanation: string;
  explanationEn: string;
}

/** ChangeRequestChecksModel // 自动检查: the plan's impact, computed on submission and on (re-)review. */
export interface ChangeRequestChecksModel {
  computedAt: string;
  findingsCreated: CheckIssue[];
  overlapsCreated: CheckIssue[];
  findingsResolved: number;
  overlapsResolved: number;
  affectedRows: number;
  respondentChanges: number;
  errorCount: number;
  warningCount: number;
}

/** The legal reviewer's decision to let a request with ERROR findings be approved. 合法性审查放行。 */
export interface ChangeRequestOverrideModel {
  reason: string;
  by: string;
  at: string;
}

/** ChangeRequest // 变更申请: a plan with its reason, legal basis and where it stands. */
export interface ChangeRequestModel {
  id: string;
  title: string;
  reason: string;
  /** 文号 of the decision that allows the change, or the document's name; at least one. */
  legalBasisDocNo: string | null;
  legalBasisDocument: string | null;
  /** The plan as it was given (a ReassignmentPlanInput, global ids): shown, validated again and applied. */
  plan: StoredPlanInput;
  /** The requested effective date: the plan's. */
  effectiveDate: string;
  state: ChangeRequestState;
  proposer: string;
  createdAt: string;
  /** When the current state was entered (the injected clock), for deadlines. */
  stageEnteredAt: string;
  checks: ChangeRequestChecksModel | null;
  legalCleared: boolean;
  override: ChangeRequestOverrideModel | null;
  /** Hash of the affected rows as the legal reviewer accepted them (re-checked at approval and publication). */
  baseFingerprint: string | null;
  /** Existing powers and list rows the plan changes: two requests touching one of them conflict. */
  affectedRowIds: string[];
  affectedOrganizationIds: string[];
  publishedChangeSetId: string | null;
  /** The change log's sequence number of the publication: the published list version. */
  publishedVersion: number | null;
  publishedAt: string | null;
}

/** One transition as the audit chain holds it. */
export interface ChangeRequestTransitionModel {
  changeSetId: string;
  action: ChangeRequestStep;
  from: ChangeRequestState | null;
  to: ChangeRequestState;
  actor: string;
  at: string;
  comment: string | null;
}

/** An event of the change feed (SSE). */
export interface ChangeFeedEvent {
  type: 'state' | 'published';
  id: string;
  state: ChangeRequestState;
  from: ChangeRequestState | null;
  at: string;
  version: number | null;
}

export type { WorkflowRole };
