import type { Database, Row, Tx } from '../../../db/database';
import { POWER_CATEGORIES } from '../../../domain/categories';
import { startEach } from '../../../shared/event-loop';
import { OVERLAP_KIND_SPECS, type OverlapBuildContext } from './overlap-kinds';
import type { OverlapKindValue } from './overlap.model';

/** What the overlap statements of some kinds returned: one list of rows per statement of each kind. */
export type OverlapScanRows = Map<OverlapKindValue, Row[][]>;

/**
 * Runs the overlap statements of the kinds asked for (overlap-kinds.ts) for the organizations of
 * whole partitions, all in one read transaction: a fixed number of statements per call, whatever
 * the number of organizations (never one per row), pipelined.
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
      // Kinds run side by side: each kind's first statement is sent at once (Bolt pipelines them in
      // the transaction); a statement that takes parameters from the rows before it is sent when
      // those rows are in.
      const chain = async (kind: OverlapKindValue): Promise<[OverlapKindValue, Row[][]]> => {
        const spec = OVERLAP_KIND_SPECS[kind];
        const lists: Row[][] = [];
        for (const [index, ref] of spec.statements.entries()) {
          // The first statement takes the common parameters only, so it is sent at once.
          const own = index > 0 && spec.params ? await spec.params(index, lists, context) : {};
          lists.push(own['skip'] === true ? [] : await tx.run(ref, { ...params, ...own }));
        }
        return [kind, lists];
      };
      return new Map(await Promise.all(await startEach(kinds, chain)));
    });
  }
}
