import { cypher } from '../../../db/cypher-registry';
import type { Database } from '../../../db/database';
import { TurnBudget } from '../../../shared/event-loop';

const PARTITION_MAP = cypher('analysis/partition-map');
const MEMBERS_OF = cypher('analysis/partition-members-of');

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const idList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The partitions of the analysis (issue 13): a division's organizations, or those with no known
 * division (partition ''). Read whole once; after a change, only the partitions it named are read
 * again (`refreshed`).
 */
export class PartitionMap {
  private sortedNames: readonly string[] | null = null;

  private constructor(
    private readonly byPartition: ReadonlyMap<string, readonly string[]>,
    private readonly byOrganization: ReadonlyMap<string, string>,
  ) {}

  static async load(db: Database): Promise<PartitionMap> {
    const byPartition = new Map<string, string[]>();
    const byOrganization = new Map<string, string>();
    // A province has tens of thousands of partitions (every township its own division) and of
    // organizations: read in turns of the event loop.
    const turn = new TurnBudget();
    for (const row of await db.read('analysis.partitions', PARTITION_MAP)) {
      const partition = text(row['partition']);
      const ids = idList(row['organizationIds']);
      byPartition.set(partition, ids);
      for (const id of ids) byOrganization.set(id, partition);
      if (turn.spent) await turn.check();
    }
    return new PartitionMap(byPartition, byOrganization);
  }

  /**
   * This map with `partitions` read again (a change set named them: analysis/change-set-partitions
   * names both the division an organization left and the one it joined). The whole map is read
   * when one of them is '' (organizations with no known division have no index to start from).
   */
  async refreshed(db: Database, partitions: ReadonlySet<string>): Promise<PartitionMap> {
    if (partitions.size === 0) return this;
    if (partitions.has('')) return PartitionMap.load(db);
    const rows = await db.read('analysis.partitionMembers', MEMBERS_OF, { partitions: [...partitions].sort() });
    const now = new Map<string, string[]>([...partitions].map((p) => [p, []]));
    for (const row of rows) now.set(text(row['partition']), idList(row['organizationIds']));
    return this.with(now);
  }

  /** This map with the members of some partitions replaced (an empty list: the partition is gone). */
  with(replaced: ReadonlyMap<string, readonly string[]>): PartitionMap {
    const byPartition = new Map(this.byPartition);
    const byOrganization = new Map(this.byOrganization);
    for (const partition of replaced.keys()) {
      for (const id of this.members(partition)) if (byOrganization.get(id) === partition) byOrganization.delete(id);
    }
    for (const [partition, ids] of replaced) {
      if (ids.length === 0) byPartition.delete(partition);
      else byPartition.set(partition, ids);
      for (const id of ids) {
        // Moved here from a partition not read again: it leaves that one's members.
        const left = byOrganization.get(id);
        if (left !== undefined && left !== partition && !replaced.has(left)) {
          const rest = (byPartition.get(left) ?? []).filter((x) => x !== id);
          if (rest.length === 0) byPartition.delete(left);
          else byPartition.set(left, rest);
        }
        byOrganization.set(id, partition);
      }
    }
    return new PartitionMap(byPartition, byOrganization);
  }

  /** Every partition with its members, both sorted: two maps of one graph give equal entries. */
  entries(): [string, string[]][] {
    return this.names().map((p) => [p, [...this.members(p)].sort()]);
  }

  /** Organizations in the map, each once. */
  get size(): number {
    return this.byOrganization.size;
  }

  /** Every partition, sorted (once: a map is not changed after it is made). */
  names(): string[] {
    this.sortedNames ??= [...this.byPartition.keys()].sort();
    return [...this.sortedNames];
  }

  members(partition: string): readonly string[] {
    return this.byPartition.get(partition) ?? [];
  }

  /** Organizations in these partitions together, in turns of the event loop (a first scan counts tens of thousands). */
  async organizationCount(partitions: readonly string[], turn = new TurnBudget()): Promise<number> {
    let count = 0;
    for (const partition of partitions) {
      count += this.members(partition).length;
      if (turn.spent) await turn.check();
    }
    return count;
  }

  partitionOf(organizationId: string): string | undefined {
    return this.byOrganization.get(organizationId);
  }

  /**
   * Partitions grouped so that each group has about `size` organizations (a large partition alone),
   * in turns of the event loop: a province's first scan groups tens of thousands.
   */
  async batches(partitions: readonly string[], size: number, turn = new TurnBudget()): Promise<string[][]> {
    const batches: string[][] = [];
    let current: string[] = [];
    let count = 0;
    for (const partition of [...partitions].sort()) {
      if (turn.spent) await turn.check();
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
