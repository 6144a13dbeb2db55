import { createHash } from 'node:crypto';

import { cypher } from '../../src/db/cypher-registry';
import type { Database } from '../../src/db/database';

const CHECKSUM = cypher('test-support/checksum-graph');

export interface GraphSnapshot {
  /** sha1 over every node (labels, properties) and outgoing relationship of the test's data. */
  checksum: string;
  /** Nodes per label (a node with several labels counts under each). */
  nodes: Record<string, number>;
  /** Outgoing relationships of those nodes per type. */
  relationships: Record<string, number>;
}

/** JSON with object keys sorted, so equal graphs serialise equally. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The part of the graph one test owns (see cypher/test-support/checksum-graph.cypher): a checksum
 * to compare before and after an import, and counts to assert what an import wrote.
 */
export async function graphSnapshot(db: Database, prefix: string): Promise<GraphSnapshot> {
  const rows = await db.read('test.checksum', CHECKSUM, { prefix });
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const lines = rows.map((r) => {
    for (const label of r['labels'] as string[]) nodes[label] = (nodes[label] ?? 0) + 1;
    const outgoing = (r['outgoing'] as { type: string }[]).map((o) => {
      relationships[o.type] = (relationships[o.type] ?? 0) + 1;
      return stable(o);
    });
    return stable({ labels: r['labels'], properties: r['properties'], outgoing: outgoing.sort() });
  });
  const checksum = createHash('sha1').update(lines.sort().join('\n')).digest('hex');
  return { checksum, nodes, relationships };
}

export interface OwnedNode {
  labels: string[];
  properties: Record<string, unknown>;
  outgoing: { type: string; properties: Record<string, unknown>; labels: string[]; target: string }[];
}

/** The nodes graphSnapshot hashes, to look at what an import wrote. */
export async function ownedNodes(db: Database, prefix: string, label?: string): Promise<OwnedNode[]> {
  const rows = (await db.read('test.checksum', CHECKSUM, { prefix })) as unknown as OwnedNode[];
  return label === undefined ? rows : rows.filter((r) => r.labels.includes(label));
}
