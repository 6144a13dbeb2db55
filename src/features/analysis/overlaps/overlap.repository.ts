import type { Database, Row, Tx } from '../../../db/database';
import { POWER_CATEGORIES } from '../../../domain/categories';
import { OVERLAP_KIND_SPECS, type OverlapBuildContext } from './overlap-kinds';
import type { OverlapKindValue } from './overlap.model';

/** What the overlap statements of some kinds returned: one list of rows per statement of each kind. */
export type OverlapScanRows = Map<OverlapKindValue, Row[][]>;

/**
 * Runs the overlap statements of the kinds asked for (overlap-kinds.ts) for the organizations of
 * whole partitions, all in one read transaction: a fixed number of round trips per call, whatever
 * the number of organizations (never one per row).
 */
export class OverlapRepository {
  /** With `tx`, the statements run in that transaction (the impact reads its own uncommitted writes). */
  constructor(
    private readonly db: Database,
    private readonly tx: Tx | null = null,
  ) {}

  private read<T>(operation: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx) : this.db.executeRead(operation, work);
  }

  scan(
    organizationIds: readonly string[],
    asOf: string,
    kinds: readonly OverlapKindValue[],
    excludedLaws: readonly string[],
    context: OverlapBuildContext,
  ): Promise<OverlapScanRows> {
    // Every category: a category filter is applied to the overlaps, so results serve every filter.
    const params = { asOf, organizationIds, categories: POWER_CATEGORIES, excludedLaws };
    return this.read('analysis.overlaps', async (tx) => {
      const rows: OverlapScanRows = new Map();
      for (const kind of kinds) {
        const spec = OVERLAP_KIND_SPECS[kind];
        const lists: Row[][] = [];
        for (const [index, ref] of spec.statements.entries()) {
          const own = (await spec.params?.(index, lists, context)) ?? {};
          lists.push(own['skip'] === true ? [] : await tx.run(ref, { ...params, ...own }));
        }
        rows.set(kind, lists);
      }
      return rows;
    });
  }
}
