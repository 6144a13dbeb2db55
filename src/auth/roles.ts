import { AppError, ErrorCode } from '../errors';

/**
 * Roles a token may carry, weakest first: 查看者、审核者、审计员、规划人员、编辑者、管理员. `auditor` reads
 * change-set actors, reasons and undo logs; `planner` computes reassignment impacts; neither may
 * write (requireRole(ctx, 'editor') ranks them below the editor).
 */
export const ROLES = ['viewer', 'reviewer', 'auditor', 'planner', 'editor', 'admin'] as const;
export type RankedRole = (typeof ROLES)[number];

/**
 * The change-request workflow's roles (issue 19), outside the rank: each may make only its own
 * transitions, and none of them outranks a viewer (requireRole(ctx, 'editor') refuses them).
 * 提出者（编办/部门）、合法性审查者（司法局）、批准者（政府）、发布者。
 */
export const WORKFLOW_ROLES = ['proposer', 'legal-reviewer', 'approver', 'publisher'] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

export type Role = RankedRole | WorkflowRole;
/** Every role a token may carry: the ranked ones, then the workflow's. */
export const ALL_ROLES: readonly Role[] = [...ROLES, ...WORKFLOW_ROLES];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);

/** The authenticated caller: `sub` is the actor written into ChangeSets. */
export interface User {
  sub: string;
  roles: Role[];
}

/** A workflow role has no rank (-1): below the viewer. */
const rank = (role: Role): number => (ROLES as readonly Role[]).indexOf(role);

/** Whether the user holds `role` or a stronger one (admin may do what an editor may). */
export const hasRole = (user: User, role: RankedRole): boolean => user.roles.some((r) => rank(r) >= rank(role));

export const unauthenticated = (zh = '需要登录', en = 'authentication required'): AppError =>
  new AppError(ErrorCode.Unauthenticated, zh, en);

/**
 * The guard every mutation calls first: anonymous callers get UNAUTHENTICATED, callers without
 * the role (or a stronger one) FORBIDDEN. 变更操作的权限检查。
 */
export function requireRole(ctx: { user: User | null }, role: RankedRole): User {
  const { user } = ctx;
  if (user === null) throw unauthenticated();
  if (!hasRole(user, role)) {
    throw new AppError(ErrorCode.Forbidden, `需要 ${role} 或更高角色`, `requires the ${role} role or a stronger one`);
  }
  return user;
}

/**
 * Roles that compute reassignment impacts (a rolled-back write transaction and two analyses): the
 * workflow's roles too, who preview a plan before proposing it and see a request "as if approved".
 */
export const IMPACT_ROLES: readonly Role[] = ['planner', 'editor', 'admin', ...WORKFLOW_ROLES];
/** Roles that read who changed the graph, why, and the undo logs. */
export const AUDIT_ROLES: readonly Role[] = ['auditor', 'editor', 'admin'];

/** Roles that see change requests before publication (drafts, checks, the "as if approved" view). */
export const CHANGE_REQUEST_ROLES: readonly Role[] = [...WORKFLOW_ROLES, 'planner', 'auditor', 'editor', 'admin'];

/** Whether the caller sees change requests before publication. */
export const seesChangeRequests = (user: User | null): boolean =>
  user !== null && user.roles.some((r) => CHANGE_REQUEST_ROLES.includes(r));

/** Like requireRole, for a set of roles that are not a rank (planner, auditor). 任一角色即可。 */
export function requireAnyRole(ctx: { user: User | null }, roles: readonly Role[]): User {
  const { user } = ctx;
  if (user === null) throw unauthenticated();
  if (!user.roles.some((r) => roles.includes(r))) {
    throw new AppError(
      ErrorCode.Forbidden,
      `需要以下角色之一：${roles.join('、')}`,
      `requires one of the roles ${roles.join(', ')}`,
    );
  }
  return user;
}
