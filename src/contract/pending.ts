/**
 * Parts of the contract that later issues build. The conformance check reports them as pending
 * instead of failing; each line goes when its issue lands, and the check is then strict for it.
 * Every part has landed: the check is strict for the whole contract.
 * 尚未实现的契约部分（按议题列出）；目前已全部实现，检查对整个契约严格执行。
 */
export type PendingParts = Readonly<Record<string, readonly string[]>>;

export const PENDING_PARTS: PendingParts = {};

/** The pending part a problem path belongs to, if any. */
export function pendingPartOf(path: string, parts: PendingParts = PENDING_PARTS): string | undefined {
  for (const [part, names] of Object.entries(parts)) {
    if (names.some((n) => path === n || path.startsWith(`${n}.`) || path.startsWith(`${n}(`))) return part;
  }
  return undefined;
}
