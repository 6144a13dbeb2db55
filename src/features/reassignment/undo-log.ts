/**
 * Undo log // 撤销日志: everything an apply changed, so a revert restores the domain graph exactly.
 * Nodes and relationships it created are deleted (newest first); properties it changed on what
 * existed before get their old values back (last change first, so the oldest value wins).
 * Relationships are named by elementId: only a revert ever deletes a relationship, and a revert
 * is refused while a later change set depends on this one, so the ids cannot have been reused.
 */
export interface UndoLog {
  createdNodes: { label: string; id: string }[];
  createdRelationships: string[];
  nodeProperties: PropertyChange[];
  relationshipProperties: PropertyChange[];
}

/** One property of a node (by id) or a relationship (by elementId) and its value before the change. */
export interface PropertyChange {
  id: string;
  key: string;
  /** The old value as text (dates as ISO text); null when the property was absent. */
  value: string | null;
  date: boolean;
}

export const emptyUndoLog = (): UndoLog => ({
  createdNodes: [],
  createdRelationships: [],
  nodeProperties: [],
  relationshipProperties: [],
});

export function isUndoLog(value: unknown): value is UndoLog {
  const v = value as Partial<UndoLog> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.createdNodes) &&
    Array.isArray(v.createdRelationships) &&
    Array.isArray(v.nodeProperties) &&
    Array.isArray(v.relationshipProperties)
  );
}
