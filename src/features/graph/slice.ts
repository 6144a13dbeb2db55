import { toGlobalId } from '../../shared/global-id';
import { visibleEdgeProperties, visibleNodeProperties } from './visible-properties';
import type { GraphEdgeModel, GraphNodeModel, GraphSliceModel, SliceEdgeRow, SliceNodeRow } from './graph.model';

/**
 * Turns the rows of graph/find-neighborhood (at most limit + 1 nodes, already in relevance order)
 * into a slice: the first `limit` nodes, the edges whose both ends are kept, global ids throughout.
 * 将查询结果整理为切片：保留前 limit 个节点及两端都保留的关系。
 */
export function toSlice(nodeRows: readonly SliceNodeRow[], edgeRows: readonly SliceEdgeRow[], limit: number): GraphSliceModel {
  const kept = nodeRows.slice(0, limit);
  const idByKey = new Map<string, string>();
  const nodes: GraphNodeModel[] = kept.map((row) => {
    const id = toGlobalId(row.type, row.localId);
    idByKey.set(row.key, id);
    return {
      id,
      type: row.type,
      label: row.label,
      properties: { ...visibleNodeProperties(row.type, row.properties), distance: row.distance, degree: row.degree },
    };
  });
  const edges: GraphEdgeModel[] = [];
  const seen = new Map<string, number>();
  for (const row of edgeRows) {
    const source = idByKey.get(row.source);
    const target = idByKey.get(row.target);
    if (source === undefined || target === undefined) continue;
    const base = `${row.type}:${source}:${target}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    edges.push({ id: n === 0 ? base : `${base}:${n}`, type: row.type, source, target, properties: visibleEdgeProperties(row.type, row.properties) });
  }
  return { nodes, edges, truncated: nodeRows.length > limit };
}
