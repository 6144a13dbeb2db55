import { AppError, ErrorCode } from '../errors';

/**
 * Roles a token may carry, weakest first: 查看者、审核者、审计员、规划人员、编辑者、管理员. `auditor` reads
 * change-set actors, reasons and undo logs; `planner` computes reassignment impacts; neither may
 * write (requireRole(ctx, 'editor') ranks them below the editor).
 */
export const ROLES = ['viewer', 'reviewer', 'auditor', 'planner', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The authenticated caller: `sub` is the actor written into ChangeSets. */
export interface User {
  sub: string;
  roles: Role[];
}

const rank = (role: Role): number => ROLES.indexOf(role);

/** Whether the user holds `role` or a stronger one (admin may do what an editor may). */
export const hasRole = (user: User, role: Role): boolean => user.roles.some((r) => rank(r) >= rank(role));

export const unauthenticated = (zh = '需要登录', en = 'authentication required'): AppError =>
  new AppError(ErrorCode.Unauthenticated, zh, en);

/**
 * The guard every mutation calls first: anonymous callers get UNAUTHENTICATED, callers without
 * the role (or a stronger one) FORBIDDEN. 变更操作的权限检查。
 */
export function requireRole(ctx: { user: User | null }, role: Role): User {
  const { user } = ctx;
  if (user === null) throw unauthenticated();
  if (!hasRole(user, role)) {
    throw new AppError(ErrorCode.Forbidden, `需要 ${role} 或更高角色`, `requires the ${role} role or a stronger one`);
  }
  return user;
}

/** Roles that compute reassignment impacts (a rolled-back write transaction and two analyses). */
export const IMPACT_ROLES: readonly Role[] = ['planner', 'editor', 'admin'];
/** Roles that read who changed the graph, why, and the undo logs. */
export const AUDIT_ROLES: readonly Role[] = ['auditor', 'editor', 'admin'];

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
