import { cypher } from '../../db/cypher-registry';
import type { Tx } from '../../db/database';
import type { UndoLog } from './undo-log';

const DELETE_NODES = cypher('reassignment/revert-delete-nodes');
const DELETE_RELATIONSHIPS = cypher('reassignment/revert-delete-relationships');
const NODE_PROPERTIES = cypher('reassignment/revert-node-properties');
const RELATIONSHIP_PROPERTIES = cypher('reassignment/revert-relationship-properties');

/**
 * Undoes an apply from its log, newest change first: created relationships and nodes go, then
 * changed properties get their old values (in reverse order, so the oldest value is the one left).
 */
export async function undo(tx: Tx, log: UndoLog): Promise<void> {
  await tx.run(DELETE_RELATIONSHIPS, { ids: [...log.createdRelationships].reverse() });
  await tx.run(DELETE_NODES, { ids: log.createdNodes.map((n) => n.id).reverse() });
  await tx.run(RELATIONSHIP_PROPERTIES, { rows: [...log.relationshipProperties].reverse() });
  await tx.run(NODE_PROPERTIES, { rows: [...log.nodeProperties].reverse() });
}
