/**
 * Aggregate first (issue 18): internal units (内设机构, an organization PART_OF another one drawn)
 * always collapse under their parent, two or more into one node; a slice larger than the budget is
 * also drawn with its powers collapsed into one node per category, its hand-overs into one node per
 * receiving township and its other list rows into one node per kind. Each group is labelled with its
 * count and expandable. 汇总显示。
 */
import type { GraphEdge, GraphNode, GraphSlice } from './api';

export const GROUP_TYPE = 'Group';
/** About this many nodes stay visible: larger slices are collapsed, expansions stay under it. */
export const VISIBLE_BUDGET = 150;

export interface GroupInfo {
  memberType: string;
  category: string | null;
  /** The receiving township of collapsed hand-overs; the parent of collapsed internal units. */
  townshipId: string | null;
  members: GraphNode[];
}

export interface Aggregated {
  slice: GraphSlice;
  groups: Map<string, GroupInfo>;
  /** Each collapsed node's group id. */
  groupOf: Map<string, string>;
}

const LIST_TYPES = new Set(['WhistleMatter', 'TownshipDutyItem', 'LenientItem']);

function groupKey(n: GraphNode, receiver: Map<string, string>): { key: string; category: string | null; township: string | null } | null {
  if (n.type === 'Power') {
    const category = typeof n.properties?.['category'] === 'string' ? n.properties['category'] : 'OTHER';
    return { key: `group:Power:${category}`, category, township: null };
  }
  if (n.type === 'EnforcementItem') {
    const township = receiver.get(n.id) ?? null;
    return { key: `group:EnforcementItem:${township ?? ''}`, category: null, township };
  }
  if (LIST_TYPES.has(n.type)) return { key: `group:${n.type}`, category: null, township: null };
  return null;
}

/** Edges with their ends moved to the drawn node (itself or its group), without loops or repeats. */
export function mapEdges(edges: readonly GraphEdge[], drawnAs: (id: string) => string | null): GraphEdge[] {
  const out = new Map<string, GraphEdge>();
  for (const e of edges) {
    const source = drawnAs(e.source);
    const target = drawnAs(e.target);
    if (source === null || target === null || source === target) continue;
    if (source === e.source && target === e.target) {
      out.set(e.id, e);
      continue;
    }
    const id = `group-edge:${e.type}:${source}:${target}`;
    if (!out.has(id)) out.set(id, { id, type: e.type, source, target, properties: null });
  }
  return [...out.values()];
}

/** Internal units: organizations PART_OF another organization of the slice, by their parent. */
function unitParents(slice: GraphSlice, keep: ReadonlySet<string>): Map<string, string> {
  const organizations = new Set(slice.nodes.filter((n) => n.type === 'Organization').map((n) => n.id));
  const parents = new Map<string, string>();
  for (const e of slice.edges) {
    if (e.type === 'PART_OF' && organizations.has(e.source) && organizations.has(e.target) && !keep.has(e.source)) parents.set(e.source, e.target);
  }
  return parents;
}

export const unitGroupId = (parentId: string): string => `group:Units:${parentId}`;

/**
 * The slice as drawn (a group of one stays a node): internal units collapsed under their parent, and
 * within the budget nothing else; over it, powers, hand-overs and list rows too. `keep`: nodes that
 * stay themselves (the nodes asked for).
 */
export function aggregate(slice: GraphSlice, label: (group: GroupInfo) => string, budget = VISIBLE_BUDGET, keep: ReadonlySet<string> = new Set()): Aggregated {
  const groups = new Map<string, GroupInfo>();
  const groupOf = new Map<string, string>();
  const parents = unitParents(slice, keep);
  const large = slice.nodes.length > budget;
  if (!large && parents.size < 2) return { slice, groups, groupOf };
  const receiver = new Map(slice.edges.filter((e) => e.type === 'TO').map((e) => [e.source, e.target]));
  for (const n of slice.nodes) {
    const parent = parents.get(n.id);
    const key = parent !== undefined ? { key: unitGroupId(parent), category: null, township: parent } : large && !keep.has(n.id) ? groupKey(n, receiver) : null;
    if (key === null) continue;
    const group = groups.get(key.key) ?? { memberType: n.type, category: key.category, townshipId: key.township, members: [] };
    group.members.push(n);
    groups.set(key.key, group);
  }
  for (const [key, group] of groups) {
    if (group.members.length < 2) groups.delete(key);
    else for (const m of group.members) groupOf.set(m.id, key);
  }
  const nodes: GraphNode[] = [
    ...slice.nodes.filter((n) => !groupOf.has(n.id)),
    ...[...groups].map(([id, g]) => ({
      id,
      type: GROUP_TYPE,
      label: label(g),
      properties: { memberType: g.memberType, category: g.category, count: g.members.length, distance: 1 },
    })),
  ];
  const present = new Set(slice.nodes.map((n) => n.id));
  const edges = mapEdges(slice.edges, (id) => (present.has(id) ? (groupOf.get(id) ?? id) : null));
  return { slice: { nodes, edges, truncated: slice.truncated }, groups, groupOf };
}
