import { z } from 'zod';

import type { AnalysisConfig } from '../../../config';
import { cypher } from '../../../db/cypher-registry';
import type { Database } from '../../../db/database';
import { decodeRow } from '../../../db/decode';
import { AppError, ErrorCode } from '../../../errors';
import { TurnBudget, yieldToEventLoop } from '../../../shared/event-loop';
import { mergeSorted, mergeTwo } from '../../../shared/sorted-merge';
import { FindingRepository } from '../findings/finding.repository';
import {
  FINDING_KINDS,
  type FindingFilterModel,
  type FindingKindValue,
  type FindingModel,
} from '../findings/finding.model';
import type { OverlapFilterModel, OverlapModel } from '../overlaps/overlap.model';
import { OverlapRepository } from '../overlaps/overlap.repository';
import { compareOverlaps, overlapFilterMatcher, overlapsOfPartitions } from '../overlaps/overlap.service';
import { compareFindings, findingFilterMatcher } from './finding-order';
import { PartitionMap } from './partition-map';

const FINGERPRINT = cypher('analysis/graph-fingerprint');
const CHANGES_SINCE = cypher('analysis/partition-changes-since');
const DIVISIONS_BELOW = cypher('analysis/partition-divisions-below');
const FINGERPRINT_ROW = z.object({ fingerprint: z.array(z.unknown()) });
/** Where graph-fingerprint puts the change-log head's sequence number and the organizations' count. */
const FINGERPRINT_SEQ = 1;
const FINGERPRINT_ORGANIZATIONS = 2;
const CODES_ROW = z.object({ codes: z.array(z.string()) });

/** The overlaps and findings one partition's organizations take part in, as of one date. */
export interface PartitionResult {
  overlaps: OverlapModel[];
  findings: FindingModel[];
}

export interface PartitionedAnalysisOptions {
  /** Organizations whose partitions are computed together by one set of statements. */
  batchOrganizations: number;
  /** Distinct analyses computed at once by this process. */
  maxConcurrent: number;
  /** Analyses waiting for a turn; beyond that a request is refused with SERVICE_UNAVAILABLE and Retry-After. */
  maxQueued: number;
  /** Overlaps and findings kept over every partition and date; the least recently used go first. */
  maxKeptItems: number;
  /** Batches of one analysis computed at once. */
  batchParallel: number;
}

export const DEFAULT_PARTITIONED_OPTIONS: PartitionedAnalysisOptions = {
  batchOrganizations: 2000,
  maxConcurrent: 2,
  maxQueued: 8,
  maxKeptItems: 400_000,
  batchParallel: 2,
};

/** Seconds a refused client is asked to wait. */
const RETRY_AFTER_SECONDS = 5;

/** Filtered listings kept (paging reads one many times), and the generations remembered to patch them. */
const MERGED_LISTINGS = 16;

/** A merged listing, with the partition map it was merged under (which partitions list each item). */
interface Listing<T> {
  items: T[];
  map: PartitionMap;
}

interface Merged<T = unknown> {
  generation: number;
  value: Promise<Listing<T>>;
}

export const analysisBusy = (): AppError =>
  new AppError(ErrorCode.ServiceUnavailable, '分析任务繁忙，请稍后重试', 'the analysis is busy, try again shortly', {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });

interface Kept {
  partition: string;
  value: Promise<PartitionResult>;
  /** Overlaps plus findings, once computed (0 while in flight). */
  items: number;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function defer<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A waiter is attached by every request that asks; this only keeps an unasked failure quiet.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** What the change log and the count store said at the last look. */
interface Snapshot {
  seq: number;
  fingerprint: string;
}

/**
 * Overlaps and findings for a whole province (issue 13), partitioned by division: the
 * organizations of one division (one government) are one partition, those with no known division
 * another. Kinds 1–3 compare within a partition only, and every other kind is found from the
 * organizations it names, so a partition's results are computed from its own organizations and
 * kept until a change touches it.
 *
 * What is kept is keyed on the database's state, never on this process alone: every request first
 * reads the change-log head and the count store (one statement). When the change log moved, the
 * change sets since the last look name the partitions they affect (written with each change set in
 * its own transaction: reassignment/change-set-partitions), and only those are forgotten. When the
 * counts moved without the change log (a write outside Quanze's writers, or a test builder),
 * everything is forgotten. So two replicas on one Neo4j see each other's changes on their next request.
 *
 * Identical analyses in flight are computed once (the kept entry is the promise); distinct ones
 * take turns, at most `maxConcurrent` at a time and `maxQueued` waiting.
 * 按行政区划分区的职责交叉与问题分析：按变更记录只重算受影响的分区。
 */
export class PartitionedAnalysis {
  private snapshot: Snapshot | null = null;
  private syncing: Promise<void> = Promise.resolve();
  private partitionMap: Promise<PartitionMap> | null = null;
  private readonly divisionsBelow = new Map<string, Promise<ReadonlySet<string>>>();
  private readonly kept = new Map<string, Kept>();
  private keptItems = 0;
  /** Bumped whenever anything is forgotten: merged listings of an older generation are stale. */
  private generation = 0;
  private readonly merged = new Map<string, Merged>();
  /** What each recent generation forgot (null: everything), so a stale full listing can be patched. */
  private readonly forgotten = new Map<number, ReadonlySet<string> | null>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Computations run, for tests and the bench: partitions computed since the process started. */
  partitionsComputed = 0;
  /** Batches read in several transactions at once (a partition larger than its share), for tests. */
  batchesSplit = 0;
  /** Full listings brought up to date from the one before a change instead of merged again, for tests. */
  listingsPatched = 0;

  constructor(private readonly options: PartitionedAnalysisOptions = DEFAULT_PARTITIONED_OPTIONS) {}

  /** The overlaps passing the filter on `asOf`, by kind then id. */
  overlaps(db: Database, settings: AnalysisConfig, asOf: string, filter: OverlapFilterModel): Promise<OverlapModel[]> {
    return this.list(db, settings, asOf, 'overlaps', filter, compareOverlaps, (divisions) =>
      overlapFilterMatcher(filter, divisions),
    );
  }

  /** The findings passing the filter on `asOf`, by kind, subject name, then id. */
  findings(db: Database, settings: AnalysisConfig, asOf: string, filter: FindingFilterModel): Promise<FindingModel[]> {
    return this.list(db, settings, asOf, 'findings', filter, compareFindings, (divisions, map) =>
      findingFilterMatcher(filter, divisions, (id) => map.partitionOf(id)),
    );
  }

  /**
   * One listing: the partitions the filter needs (its organizations', its division's subtree, or
   * all), their results merged in order, once per item, through the filter.
   */
  private async list<K extends keyof PartitionResult>(
    db: Database,
    settings: AnalysisConfig,
    asOf: string,
    kind: K,
    filter: { organizationIds: readonly string[] | null; divisionCode: string | null },
    compare: (a: PartitionResult[K][number], b: PartitionResult[K][number]) => number,
    matcher: (
      divisions: ReadonlySet<string> | null,
      map: PartitionMap,
    ) => (item: PartitionResult[K][number]) => boolean,
  ): Promise<PartitionResult[K]> {
    await this.sync(db);
    type Item = PartitionResult[K][number];
    const build = async (): Promise<Listing<Item>> => {
      const map = await this.partitions(db);
      const partitions = await this.select(db, filter.organizationIds, filter.divisionCode);
      const results = await this.results(db, settings, asOf, partitions);
      const divisions = filter.divisionCode === null ? null : await this.subtree(db, filter.divisionCode);
      const lists: readonly Item[][] = results.map((r) => r[kind]);
      return { items: await mergeSorted(lists, compare, matcher(divisions, map)), map };
    };
    // A listing of every partition, after a change: the one before it, without what came from the
    // partitions the change log named only, merged with their new results. Merging every
    // partition's results again cost a province's scan after a change 160-300 ms a listing.
    const patch = async (before: Listing<Item>, touched: ReadonlySet<string>): Promise<Listing<Item>> => {
      const map = await this.partitions(db);
      const again = map.names().filter((p) => touched.has(p));
      const fresh = await mergeSorted(
        (await this.results(db, settings, asOf, again)).map((r): readonly Item[] => r[kind]),
        compare,
        matcher(null, map),
      );
      const organizationsOf = (item: Item): readonly string[] =>
        'involvedOrganizationIds' in item ? item.involvedOrganizationIds : item.organizations.map((o) => o.id);
      // An item stays when a partition not named still lists it: that partition's results are kept.
      const stays = (item: Item): boolean =>
        organizationsOf(item).some((id) => {
          const p = before.map.partitionOf(id);
          return p !== undefined && !touched.has(p);
        });
      this.listingsPatched += 1;
      return { items: await mergeTwo(before.items, stays, fresh, compare), map };
    };
    const whole = filter.organizationIds === null && filter.divisionCode === null;
    const listing = await this.listing([kind, settings, asOf, filter], build, whole ? patch : null);
    return listing.items as PartitionResult[K];
  }

  /**
   * Every overlap and finding on `asOf` that involves one of `organizationIds`, in the committed
   * graph: their partitions' kept results (computed if missing), each item once. Reassignment
   * impact reads the world before a plan here instead of analysing it again inside its transaction.
   */
  async involving(
    db: Database,
    settings: AnalysisConfig,
    asOf: string,
    organizationIds: readonly string[],
  ): Promise<PartitionResult> {
    await this.sync(db);
    const wanted = new Set(organizationIds);
    const partitions = await this.select(db, organizationIds, null);
    const overlaps = new Map<string, OverlapModel>();
    const findings = new Map<string, FindingModel>();
    for (const result of await this.results(db, settings, asOf, partitions)) {
      for (const o of result.overlaps) if (o.involvedOrganizationIds.some((id) => wanted.has(id))) overlaps.set(o.id, o);
      for (const f of result.findings) if (f.organizations.some((o) => wanted.has(o.id))) findings.set(f.id, f);
    }
    return { overlaps: [...overlaps.values()], findings: [...findings.values()] };
  }

  /** Brings what is kept up to the database's state: one statement when nothing changed. */
  sync(db: Database): Promise<void> {
    const next = this.syncing.then(() => this.syncOnce(db));
    this.syncing = next.catch(() => undefined);
    return next;
  }

  private async syncOnce(db: Database): Promise<void> {
    const [row] = await db.read('analysis.fingerprint', FINGERPRINT);
    const values = row ? decodeRow(FINGERPRINT, row, FINGERPRINT_ROW).fingerprint : [];
    const now: Snapshot = { seq: Number(values[FINGERPRINT_SEQ] ?? 0), fingerprint: JSON.stringify(values) };
    const before = this.snapshot;
    if (before !== null && before.fingerprint === now.fingerprint) return;
    this.snapshot = now;
    const known = this.partitionMap;
    this.partitionMap = null;
    this.divisionsBelow.clear();
    this.generation += 1;
    if (before === null || now.seq <= before.seq) {
      this.forget(null);
      return;
    }
    let changes: Awaited<ReturnType<Database['read']>>;
    try {
      changes = await db.read('analysis.changes', CHANGES_SINCE, { seq: before.seq });
    } catch (error) {
      // The snapshot has moved on: what the change log would have named is forgotten with the rest.
      this.forget(null);
      throw error;
    }
    const touched = new Set<string>();
    for (const change of changes) {
      const partitions = change['partitions'];
      if (!Array.isArray(partitions)) {
        this.forget(null);
        return;
      }
      for (const p of partitions) touched.add(String(p));
    }
    // The map as it was, with only the partitions the change log named read again: reading every
    // organization of a province after each change cost the scan after it more than the change.
    // When its organizations are not the count store's, something outside the change log wrote
    // too (a test's builder, a hand edit) since the last look: everything is forgotten then.
    const map = known === null ? null : await known.then((m) => m.refreshed(db, touched)).catch(() => null);
    if (known !== null && map?.size !== Number(values[FINGERPRINT_ORGANIZATIONS])) {
      this.forget(null);
      return;
    }
    this.forget(touched);
    if (map !== null) this.partitionMap = Promise.resolve(map);
  }

  /**
   * Forgets the results of these partitions, on every date (null: everything). Full listings of an
   * older generation are kept to be patched (`listing`); the others are merged again when asked.
   */
  private forget(partitions: ReadonlySet<string> | null): void {
    for (const [key, entry] of this.kept) {
      if (partitions === null || partitions.has(entry.partition)) {
        this.kept.delete(key);
        this.keptItems -= entry.items;
      }
    }
    this.forgotten.set(this.generation, partitions);
    for (const generation of this.forgotten.keys()) {
      if (this.forgotten.size <= MERGED_LISTINGS) break;
      this.forgotten.delete(generation);
    }
    if (partitions === null) this.merged.clear();
  }

  /** The partitions forgotten after `generation` (null: everything, or not known any more). */
  private forgottenSince(generation: number): Set<string> | null {
    const touched = new Set<string>();
    for (let g = generation + 1; g <= this.generation; g++) {
      const partitions = this.forgotten.get(g);
      if (partitions === undefined || partitions === null) return null;
      for (const p of partitions) touched.add(p);
    }
    return touched;
  }

  private partitions(db: Database): Promise<PartitionMap> {
    if (this.partitionMap === null) {
      const loading = PartitionMap.load(db);
      this.partitionMap = loading;
      loading.catch(() => {
        if (this.partitionMap === loading) this.partitionMap = null;
      });
    }
    return this.partitionMap;
  }

  /** The partitions and their organizations as this process knows them now (for tests). */
  async partitionEntries(db: Database): Promise<[string, string[]][]> {
    await this.sync(db);
    return (await this.partitions(db)).entries();
  }

  /** Division `code` and every division below it. */
  private subtree(db: Database, code: string): Promise<ReadonlySet<string>> {
    let codes = this.divisionsBelow.get(code);
    if (!codes) {
      codes = db
        .read('analysis.divisions', DIVISIONS_BELOW, { divisionCode: code })
        .then(([row]) => new Set(row ? decodeRow(DIVISIONS_BELOW, row, CODES_ROW).codes : []));
      if (this.divisionsBelow.size >= 256) this.divisionsBelow.clear();
      this.divisionsBelow.set(code, codes);
    }
    return codes;
  }

  /** The partitions a filter needs: those of its organizations, of its division's subtree, or all. */
  private async select(
    db: Database,
    organizationIds: readonly string[] | null,
    divisionCode: string | null,
  ): Promise<string[]> {
    const map = await this.partitions(db);
    if (organizationIds !== null) {
      return [...new Set(organizationIds.flatMap((id) => map.partitionOf(id) ?? []))].sort();
    }
    if (divisionCode !== null) {
      const codes = await this.subtree(db, divisionCode);
      return map.names().filter((p) => codes.has(p));
    }
    return map.names();
  }

  /**
   * A filtered, sorted listing, kept while nothing was forgotten (paging reads it once). One kept
   * from before a change is brought up to date by `patch` when the change log says what changed.
   */
  private listing<T>(
    key: readonly unknown[],
    build: () => Promise<Listing<T>>,
    patch: ((before: Listing<T>, touched: ReadonlySet<string>) => Promise<Listing<T>>) | null,
  ): Promise<Listing<T>> {
    const id = JSON.stringify(key);
    const hit = this.merged.get(id) as Merged<T> | undefined;
    if (hit && hit.generation === this.generation) {
      this.merged.delete(id);
      this.merged.set(id, hit);
      return hit.value;
    }
    const touched = hit && patch ? this.forgottenSince(hit.generation) : null;
    const value =
      hit && patch && touched
        ? hit.value.then(
            (before) => patch(before, touched),
            () => build(),
          )
        : build();
    const entry: Merged<T> = { generation: this.generation, value };
    this.merged.delete(id);
    this.merged.set(id, entry);
    value.catch(() => {
      if (this.merged.get(id) === entry) this.merged.delete(id);
    });
    while (this.merged.size > MERGED_LISTINGS) {
      const oldest = this.merged.keys().next().value;
      if (oldest === undefined) break;
      this.merged.delete(oldest);
    }
    return value;
  }

  /** The results of these partitions on `asOf`: kept ones as they are, the others computed in batches. */
  async results(
    db: Database,
    settings: AnalysisConfig,
    asOf: string,
    partitions: readonly string[],
  ): Promise<PartitionResult[]> {
    const settingsKey = JSON.stringify([settings.proceduralLaws, settings.similarity]);
    const keyOf = (p: string): string => `${settingsKey}\u0000${asOf}\u0000${p}`;
    const values: Promise<PartitionResult>[] = [];
    const missing = new Map<string, Deferred<PartitionResult>>();
    // Tens of thousands of partitions in a province: in turns of the event loop. A partition another
    // request registers meanwhile is found here as kept, and computed once.
    const turn = new TurnBudget();
    for (const partition of partitions) {
      if (turn.spent) await turn.check();
      const key = keyOf(partition);
      const hit = this.kept.get(key);
      if (hit) {
        this.kept.delete(key);
        this.kept.set(key, hit);
        values.push(hit.value);
        continue;
      }
      const deferred = defer<PartitionResult>();
      this.kept.set(key, { partition, value: deferred.promise, items: 0 });
      missing.set(partition, deferred);
      values.push(deferred.promise);
    }
    if (missing.size > 0) {
      this.compute(db, settings, asOf, missing, keyOf).catch((error: unknown) => {
        for (const [partition, deferred] of missing) {
          const key = keyOf(partition);
          if (this.kept.get(key)?.value === deferred.promise) this.kept.delete(key);
          deferred.reject(error);
        }
      });
    }
    return Promise.all(values);
  }

  /** One analysis: the missing partitions, batch after batch, in one turn of the concurrency cap. */
  private async compute(
    db: Database,
    settings: AnalysisConfig,
    asOf: string,
    missing: ReadonlyMap<string, Deferred<PartitionResult>>,
    keyOf: (partition: string) => string,
  ): Promise<void> {
    await this.withTurn(async () => {
      const map = await this.partitions(db);
      const turn = new TurnBudget();
      const size = await batchSize(map, [...missing.keys()], this.options, turn);
      const batches = await map.batches([...missing.keys()], size, turn);
      let next = 0;
      let failed = false;
      // Batches run `batchParallel` at a time: Neo4j answers one statement per core, and the
      // overlaps of one batch are explained here while the next batch's statements run there.
      const worker = async (): Promise<void> => {
        while (!failed && next < batches.length) {
          const batch = batches[next++]!;
          try {
            // A partition larger than a batch's share (the one a change touched, say) is read in
            // several transactions at once, so that Neo4j's cores share it too.
            const split = (await map.organizationCount(batch)) > size;
            await this.computeOne(db, settings, asOf, map, batch, split, missing, keyOf);
          } catch (error) {
            failed = true;
            throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.options.batchParallel, batches.length) }, worker));
    });
  }

  private async computeOne(
    db: Database,
    settings: AnalysisConfig,
    asOf: string,
    map: PartitionMap,
    batch: readonly string[],
    split: boolean,
    missing: ReadonlyMap<string, Deferred<PartitionResult>>,
    keyOf: (partition: string) => string,
  ): Promise<void> {
    const computed = await computeBatch(db, settings, asOf, map, batch, split);
    if (split) this.batchesSplit += 1;
    for (const partition of batch) {
      const result = computed.get(partition) ?? { overlaps: [], findings: [] };
      const entry = this.kept.get(keyOf(partition));
      if (entry && entry.value === missing.get(partition)?.promise) {
        entry.items = result.overlaps.length + result.findings.length;
        this.keptItems += entry.items;
      }
      missing.get(partition)?.resolve(result);
    }
    this.partitionsComputed += batch.length;
    this.evict();
    await yieldToEventLoop();
  }

  /** Overlaps and findings kept now, over every partition and date. */
  get keptItemCount(): number {
    return this.keptItems;
  }

  /**
   * Runs `work` in one turn of the concurrency cap (refused with SERVICE_UNAVAILABLE when the
   * queue is full), for work that must share the cap with the analyses.
   */
  async withTurn<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private evict(): void {
    for (const [key, entry] of this.kept) {
      if (this.keptItems <= this.options.maxKeptItems) break;
      if (entry.items === 0) continue;
      this.kept.delete(key);
      this.keptItems -= entry.items;
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.maxConcurrent) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.maxQueued) return Promise.reject(analysisBusy());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the turn to the next waiting analysis, if any. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

/**
 * Organizations per batch: at most `batchOrganizations`, and few enough that the partitions
 * missing make `batchParallel` batches when they can, so a small province keeps every stream busy.
 */
async function batchSize(
  map: PartitionMap,
  partitions: readonly string[],
  options: PartitionedAnalysisOptions,
  turn: TurnBudget,
): Promise<number> {
  const perStream = Math.ceil((await map.organizationCount(partitions, turn)) / options.batchParallel);
  return Math.max(1, Math.min(options.batchOrganizations, perStream));
}

/** The finding kinds in two halves of about equal cost (alternate kinds), for a batch read in parallel. */
const FINDING_HALVES: readonly (readonly FindingKindValue[])[] = [0, 1].map((half) =>
  FINDING_KINDS.filter((_, i) => i % 2 === half),
);

/**
 * One batch of whole partitions: the overlap statements and every finding kind for their
 * organizations, each result given to every partition of the batch whose organizations it names.
 * `split`: the overlaps and the two halves of the finding kinds are read in three transactions at
 * once (a batch alone would otherwise keep one of Neo4j's cores busy); else in two, one after the
 * other, while other batches run beside it.
 */
async function computeBatch(
  db: Database,
  settings: AnalysisConfig,
  asOf: string,
  map: PartitionMap,
  batch: readonly string[],
  split: boolean,
): Promise<Map<string, PartitionResult>> {
  const organizationIds = batch.flatMap((p) => map.members(p));
  const inBatch = new Set(batch);
  const out = new Map<string, PartitionResult>(batch.map((p) => [p, { overlaps: [], findings: [] }]));
  const partitionsOf = (ids: readonly string[]): Set<string> =>
    new Set(ids.flatMap((id) => map.partitionOf(id) ?? []).filter((p) => inBatch.has(p)));
  const turn = new TurnBudget();
  const findingsOf = (kinds: readonly FindingKindValue[]): Promise<Map<FindingKindValue, FindingModel[]>> =>
    new FindingRepository(db).ofKinds(kinds, asOf, organizationIds);
  // Started now when split, so that Neo4j runs them while the overlaps run.
  const early = split ? FINDING_HALVES.map(findingsOf) : [];
  // Awaited below; a failure of the overlaps first must not leave their failures unhandled.
  for (const pending of early) pending.catch(() => undefined);
  for (const overlap of await overlapsOfPartitions(new OverlapRepository(db), settings, asOf, organizationIds)) {
    for (const p of partitionsOf(overlap.involvedOrganizationIds)) out.get(p)?.overlaps.push(overlap);
    await turn.check();
  }
  const byKind = new Map<FindingKindValue, FindingModel[]>();
  for (const part of split ? await Promise.all(early) : [await findingsOf(FINDING_KINDS)]) {
    for (const [kind, findings] of part) byKind.set(kind, findings);
  }
  for (const kind of FINDING_KINDS) {
    for (const finding of byKind.get(kind) ?? []) {
      for (const p of partitionsOf(finding.organizations.map((o) => o.id))) out.get(p)?.findings.push(finding);
      await turn.check();
    }
  }
  // Each partition's lists sorted in the listing order, so listings merge them without a sort.
  for (const result of out.values()) {
    result.overlaps.sort(compareOverlaps);
    result.findings.sort(compareFindings);
    await turn.check();
  }
  return out;
}

/** One per process, shared by every request. */
export const partitionedAnalysis = new PartitionedAnalysis();
