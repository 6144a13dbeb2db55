import { cypher } from '../../src/db/cypher-registry';
import type { Database } from '../../src/db/database';

const COUNTS = cypher('test-support/security-graph-counts');

/** Nodes and relationships of the whole graph (security-injection.test.ts: unchanged by hostile input). */
export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('test.security-graph-counts', COUNTS);
  return { nodes: Number(row?.['nodes']), relationships: Number(row?.['relationships']) };
}
