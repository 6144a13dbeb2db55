import { cypher } from '../../src/db/cypher-registry';
import type { Database } from '../../src/db/database';
import type { Prop } from './admin-csv';

const NODES_BY_KEY = cypher('bench/nodes-by-key');

/** Nodes of each label are identified by the first of these they carry. */
const KEYS = ['id', 'code', 'key'] as const;
const PER_LABEL = 5;

/** A few nodes of one label as the importer wrote them, by key value. */
export interface LabelSample {
  label: string;
  key: string;
  nodes: Map<string, string>;
}

/** Properties in a comparable form: sorted by name, with their Cypher types. */
const canonical = (props: readonly Prop[]): string => JSON.stringify([...props].sort((a, b) => a.k.localeCompare(b.k)));

/** The first nodes of a label read from the template, kept to check the bulk-loaded graph. */
export function sampleOf(label: string, rows: readonly { props: Prop[] }[]): LabelSample | null {
  const key = KEYS.find((k) => rows[0]?.props.some((p) => p.k === k));
  if (!key) return null;
  const nodes = new Map<string, string>();
  for (const r of rows.slice(0, PER_LABEL)) {
    const value = r.props.find((p) => p.k === key)?.v;
    if (typeof value === 'string') nodes.set(value, canonical(r.props));
  }
  return { label, key, nodes };
}

/**
 * Reads the sampled nodes back after the bulk import and lists every one whose labels, property
 * names, types or values differ from what the importer wrote (copy 0 is the template itself).
 * 检查批量导入后的节点与导入器写入的完全一致。
 */
export async function differences(db: Database, samples: readonly LabelSample[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of samples) {
    const rows = await db.read('bench.nodesByKey', NODES_BY_KEY, { label: s.label, key: s.key, values: [...s.nodes.keys()] });
    const found = new Map(rows.map((r) => [String(r['value']), canonical(r['props'] as Prop[])]));
    for (const [value, expected] of s.nodes) {
      const actual = found.get(value);
      if (actual !== expected) out.push(`${s.label} ${s.key}=${value}: ${actual === undefined ? 'missing' : `${expected.slice(0, 300)} ≠ ${actual.slice(0, 300)}`}`);
    }
  }
  return out;
}
