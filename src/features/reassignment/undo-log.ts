import { z } from 'zod';

import { maybeText } from '../../db/decode';

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

/** What a reassignment's change set stores as its undo log (checked before a revert runs it). */
const PROPERTY_CHANGE = z.object({ id: z.string(), key: z.string(), value: maybeText, date: z.boolean() });
export const UNDO_LOG = z.object({
  createdNodes: z.array(z.object({ label: z.string(), id: z.string() })),
  createdRelationships: z.array(z.string()),
  nodeProperties: z.array(PROPERTY_CHANGE),
  relationshipProperties: z.array(PROPERTY_CHANGE),
}) satisfies z.ZodType<UndoLog>;
