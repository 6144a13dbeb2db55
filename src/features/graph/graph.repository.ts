import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { MAX_LIMIT } from './graph.args';
import type { CategoryCountModel, CategoryCountRequest, GraphSliceModel, NeighborhoodRequest, SliceEdgeRow, SliceNodeRow } from './graph.model';
import { toSlice } from './slice';

const FIND_NEIGHBORHOOD = cypher('graph/find-neighborhood');
const COUNT_POWER_CATEGORIES = cypher('graph/count-power-categories');

export const categoryKey = (r: CategoryCountRequest): string => `${r.organizationId}|${r.asOf}`;

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /** One bounded statement: the nodes (limit + 1 at most) and their outgoing edges. */
  async neighborhood(request: NeighborhoodRequest): Promise<GraphSliceModel> {
    const rows = await this.db.read('graph.neighborhood', FIND_NEIGHBORHOOD, { ...request, candidates: 2 * MAX_LIMIT + 2 });
    const row = rows[0];
    if (!row) return { nodes: [], edges: [], truncated: false };
    return toSlice(row['nodes'] as SliceNodeRow[], row['edges'] as SliceEdgeRow[], request.limit);
  }

  /** `[key, count]` pairs, largest category first within each key. */
  async powerCategories(requests: readonly CategoryCountRequest[]): Promise<(readonly [string, CategoryCountModel])[]> {
    const keys = requests.map((r) => ({ organizationId: r.organizationId, asOf: r.asOf }));
    const rows = await this.db.read('graph.powerCategories', COUNT_POWER_CATEGORIES, { keys });
    return rows.map((row) => [String(row['key']), { category: row['category'], count: Number(row['count']) } as CategoryCountModel] as const);
  }
}
