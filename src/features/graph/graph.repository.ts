import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRow, decodeRows, text } from '../../db/decode';
import { POWER_CATEGORIES } from '../../domain/categories';
import { NODE_TYPES } from '../../shared/global-id';
import { MAX_LIMIT } from './graph.args';
import type {
  CategoryCountModel,
  CategoryCountRequest,
  GraphSliceModel,
  JurisdictionRequest,
  NeighborhoodRequest,
  SliceEdgeRow,
  SliceNodeRow,
} from './graph.model';
import { toSlice } from './slice';

const FIND_NEIGHBORHOOD = cypher('graph/find-neighborhood');
const COUNT_POWER_CATEGORIES = cypher('graph/count-power-categories');
const FIND_JURISDICTION = cypher('graph/find-jurisdiction');

const PROPERTIES = z.record(z.string(), z.unknown());
const SLICE = z.object({
  nodes: z.array(
    z.object({
      type: z.enum(NODE_TYPES),
      localId: text,
      key: text,
      distance: z.number(),
      degree: z.number(),
      label: text,
      properties: PROPERTIES,
    }) satisfies z.ZodType<SliceNodeRow>,
  ),
  edges: z.array(
    z.object({ source: text, target: text, type: text, properties: PROPERTIES.nullable() }) satisfies z.ZodType<SliceEdgeRow>,
  ),
});
const CATEGORY_COUNT = z.object({ key: text, category: z.enum(POWER_CATEGORIES), count: z.number() });

export const categoryKey = (r: CategoryCountRequest): string => `${r.organizationId}|${r.asOf}`;

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /** One bounded statement: the nodes (limit + 1 at most) and their outgoing edges. */
  async neighborhood(request: NeighborhoodRequest): Promise<GraphSliceModel> {
    const rows = await this.db.read('graph.neighborhood', FIND_NEIGHBORHOOD, { ...request, candidates: 2 * MAX_LIMIT + 2 });
    const row = rows[0];
    if (!row) return { nodes: [], edges: [], truncated: false };
    const { nodes, edges } = decodeRow(FIND_NEIGHBORHOOD, row, SLICE);
    return toSlice(nodes, edges, request.limit);
  }

  /**
   * The division tree below a division with its organizations and the hand-overs between them
   * (HANDS_OVER_TO, with the number of items), in the slice's shape: one bounded statement.
   */
  async jurisdiction(request: JurisdictionRequest): Promise<GraphSliceModel> {
    const rows = await this.db.read('graph.jurisdiction', FIND_JURISDICTION, { ...request });
    const row = rows[0];
    if (!row) return { nodes: [], edges: [], truncated: false };
    const { nodes, edges } = decodeRow(FIND_JURISDICTION, row, SLICE);
    return toSlice(nodes, edges, request.limit);
  }

  /** `[key, count]` pairs, largest category first within each key. */
  async powerCategories(requests: readonly CategoryCountRequest[]): Promise<(readonly [string, CategoryCountModel])[]> {
    const keys = requests.map((r) => ({ organizationId: r.organizationId, asOf: r.asOf }));
    const rows = await this.db.read('graph.powerCategories', COUNT_POWER_CATEGORIES, { keys });
    return decodeRows(COUNT_POWER_CATEGORIES, rows, CATEGORY_COUNT).map(({ key, ...count }) => [key, count] as const);
  }
}
