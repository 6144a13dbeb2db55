import { cypher } from '../../../db/cypher-registry';
import type { Database } from '../../../db/database';

const PARTITION_MAP = cypher('analysis/partition-map');

/**
 * The partitions of the analysis (issue 13): a division's organizations, or those with no known
 * division (partition ''). Read once per state of the graph.
 */
export class PartitionMap {
  private constructor(
    private readonly byPartition: ReadonlyMap<string, readonly string[]>,
    private readonly byOrganization: ReadonlyMap<string, string>,
  ) {}

  static async load(db: Database): Promise<PartitionMap> {
    const byPartition = new Map<string, string[]>();
    const byOrganization = new Map<string, string>();
    for (const row of await db.read('analysis.partitions', PARTITION_MAP)) {
      const partition = typeof row['partition'] === 'string' ? row['partition'] : '';
      const ids = Array.isArray(row['organizationIds']) ? row['organizationIds'].map(String) : [];
      byPartition.set(partition, ids);
      for (const id of ids) byOrganization.set(id, partition);
    }
    return new PartitionMap(byPartition, byOrganization);
  }

  /** Every partition, sorted. */
  names(): string[] {
    return [...this.byPartition.keys()].sort();
  }

  members(partition: string): readonly string[] {
    return this.byPartition.get(partition) ?? [];
  }

  /** Organizations in these partitions together. */
  organizationCount(partitions: readonly string[]): number {
    return partitions.reduce((sum, p) => sum + this.members(p).length, 0);
  }

  partitionOf(organizationId: string): string | undefined {
    return this.byOrganization.get(organizationId);
  }

  /** Partitions grouped so that each group has about `size` organizations (a large partition alone). */
  batches(partitions: readonly string[], size: number): string[][] {
    const batches: string[][] = [];
    let current: string[] = [];
    let count = 0;
    for (const partition of [...partitions].sort()) {
      const n = this.members(partition).length;
      if (current.length > 0 && count + n > size) {
        batches.push(current);
        current = [];
        count = 0;
      }
      current.push(partition);
      count += n;
    }
    if (current.length > 0) batches.push(current);
    return batches;
  }
}
