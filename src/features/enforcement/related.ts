import { AppError, ErrorCode } from '../../errors';
import { fromGlobalIdOf, type NodeType } from '../../shared/global-id';

/** A filter id: null when absent, the local id when of the expected type, else BAD_USER_INPUT. */
export function optionalLocalId(type: NodeType, value: string | null | undefined, field: string): string | null {
  return value == null ? null : fromGlobalIdOf(type, value, field);
}

/**
 * A relation the schema declares non-null but the data lacks (e.g. a hand-over whose power row is
 * gone): a NOT_FOUND error naming the item, never a silent null.
 */
export function required<T>(value: T | null | undefined, what: { zh: string; en: string }, ownerId: string): T {
  if (value == null) {
    throw new AppError(ErrorCode.NotFound, `${ownerId} 缺少${what.zh}`, `${ownerId} has no ${what.en}`, {
      value: ownerId,
    });
  }
  return value;
}
