import type { NodeType } from '../../shared/global-id';
import type { PowerCategoryValue } from '../power/power.model';

/** GraphNode // 图谱节点: ids are global ids, so a client can call `node(id:)` with them. */
export interface GraphNodeModel {
  id: string;
  type: NodeType;
  label: string;
  properties: Record<string, unknown>;
}

/** GraphEdge // 图谱关系 */
export interface GraphEdgeModel {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** GraphSlice // 图谱切片 */
export interface GraphSliceModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  truncated: boolean;
}

/** What graph/find-neighborhood returns for one node (`key` is the database's element id). */
export interface SliceNodeRow {
  type: NodeType;
  localId: string;
  key: string;
  distance: number;
  degree: number;
  label: string;
  properties: Record<string, unknown>;
}

/** An outgoing edge of a kept node; its target may lie outside the slice. */
export interface SliceEdgeRow {
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown> | null;
}

export interface NeighborhoodRequest {
  /** Local ids of the start nodes by type. */
  seeds: Record<NodeType, string[]>;
  depth: number;
  limit: number;
  asOf: string;
}

export interface JurisdictionRequest {
  divisionCode: string;
  limit: number;
  asOf: string;
}

/** CategoryCount // 类别计数 */
export interface CategoryCountModel {
  category: PowerCategoryValue;
  count: number;
}

export interface CategoryCountRequest {
  organizationId: string;
  asOf: string;
}
