import { GraphQLError } from 'graphql';

/**
 * The error catalogue: every error a client can see carries one of these codes in
 * `extensions.code`. Anything else is masked as INTERNAL_SERVER_ERROR before it leaves.
 * 错误目录：客户端可见的错误都带有以下代码之一，其余一律按内部错误屏蔽。
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export interface ErrorDetails {
  /** The argument or input field at fault, e.g. `first` or `filter.divisionCode`. */
  field?: string;
  /** The offending value, echoed back for the user (never internal text). */
  value?: unknown;
  /** SERVICE_UNAVAILABLE that will pass: the response is HTTP 503 with Retry-After (seconds). */
  retryAfterSeconds?: number;
}

/** Messages are Chinese first, then English: "中文说明 / English text". */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    messageZh: string,
    messageEn: string,
    details: ErrorDetails = {},
  ) {
    const { retryAfterSeconds, ...rest } = details;
    super(`${messageZh} / ${messageEn}`, {
      extensions: {
        code,
        ...rest,
        messageEn,
        ...(retryAfterSeconds !== undefined && {
          retryAfter: retryAfterSeconds,
          // Apollo Server sets the response's status and headers from this, and leaves it out of the body.
          http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
        }),
      },
    });
    this.name = 'AppError';
  }
}

export const badInput = (field: string, value: unknown, zh: string, en: string): AppError =>
  new AppError(ErrorCode.BadUserInput, `参数 ${field} 无效：${zh}`, `invalid ${field}: ${en}`, { field, value });

/** `id` is what the caller sent (a global id, a name), never an internal id. */
export const notFound = (whatZh: string, whatEn: string, id: string): AppError =>
  new AppError(ErrorCode.NotFound, `未找到${whatZh}：${id}`, `${whatEn} not found: ${id}`, { value: id });

export const serviceUnavailable = (): AppError =>
  new AppError(
    ErrorCode.ServiceUnavailable,
    '数据库暂时不可用，请稍后重试',
    'the database is unavailable, try again shortly',
  );

/** A statement, transaction or request that ran past its time budget (Neo4j's or ours). */
export const timedOut = (): AppError =>
  new AppError(ErrorCode.ServiceUnavailable, '查询超出时间预算，请缩小范围后重试', 'the request exceeded its time budget: narrow it and try again', {
    field: 'timeout',
  });

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
