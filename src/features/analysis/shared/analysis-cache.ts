import { cypher } from '../../../db/cypher-registry';
import type { Database } from '../../../db/database';

const FINGERPRINT = cypher('analysis/graph-fingerprint');

/** How many results are kept, and for how long at most (a bound on memory, not on staleness). */
const MAX_ENTRIES = 64;
const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  fingerprint: string;
  at: number;
  value: Promise<unknown>;
}

/**
 * Whole-graph analysis results (overlaps, findings) kept between requests while the graph is
 * unchanged, so paging through a listing computes it once, not once per page. "Unchanged" is the
 * change-log head plus the count-store sizes of what the analysis reads (graph-fingerprint):
 * imports, plans and reverts append to the change log, and anything that adds or removes a row,
 * link or organization changes a count. One cheap statement per request checks it.
 * 分析结果缓存：图未变时分页不重复计算。
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /** A view for one request: the fingerprint is read once, on first use. */
  forRequest(db: Database): CachedAnalysis {
    let fingerprint: Promise<string> | null = null;
    const read = (): Promise<string> =>
      (fingerprint ??= db
        .read('analysis.fingerprint', FINGERPRINT)
        .then(([row]) => JSON.stringify(row?.['fingerprint'] ?? null)));
    return { get: async (key, compute) => this.lookup(key, await read(), compute) };
  }

  private lookup<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.fingerprint === fingerprint && now - hit.at < MAX_AGE_MS) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, at: now, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

export interface CachedAnalysis {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** One cache per process, shared by every request. */
export const analysisCache = new AnalysisCache();
