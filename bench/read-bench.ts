import { load, type LoadResult } from './http-load';
import { READ_NAMES, type ReadName } from './read-mix';
import { median, round } from './support/stats';
import { TARGET_NAMES, type Target, type TargetName } from './targets';

export interface PhaseOptions {
  connections: number;
  seconds: number;
}

export interface ReadBenchOptions {
  rounds: number;
  /** Serial requests: latency without queueing. */
  latency: PhaseOptions;
  /** Concurrent requests: throughput. */
  throughput: PhaseOptions;
  /** Each read alone, serial, once per target after the rounds (where the time goes). */
  perReadSeconds: number;
  warmupSeconds: number;
}

/** Medians over the rounds of one target in one phase. */
export interface Figures {
  p50: number | null;
  p99: number | null;
  rps: number | null;
  failures: number;
  samples: LoadResult[];
}

export interface ReadBenchResult {
  options: ReadBenchOptions;
  latency: Record<TargetName, Figures>;
  throughput: Record<TargetName, Figures>;
  perRead: Record<ReadName, Record<TargetName, Omit<Figures, 'samples' | 'failures'>>>;
}

function figures(samples: LoadResult[]): Figures {
  return {
    p50: round(median(samples.map((s) => s.p50))),
    p99: round(median(samples.map((s) => s.p99))),
    rps: round(median(samples.map((s) => s.rps)), 1),
    failures: samples.reduce((n, s) => n + s.failures, 0),
    samples,
  };
}

/**
 * Steps 2 and 3: the read mix against every target, interleaved (round r starts with target r mod 3,
 * each target's latency run then its throughput run), so drift in the machine's load spreads over
 * all of them; medians over the rounds. 交错多轮运行读取组合，取中位数。
 */
export async function benchReads(
  targets: Record<TargetName, Target>,
  options: ReadBenchOptions,
  log: (line: string) => void,
): Promise<ReadBenchResult> {
  for (const name of TARGET_NAMES) {
    await load(targets[name], READ_NAMES, { connections: options.throughput.connections, seconds: options.warmupSeconds });
  }
  const latency = Object.fromEntries(TARGET_NAMES.map((n) => [n, [] as LoadResult[]])) as Record<TargetName, LoadResult[]>;
  const throughput = Object.fromEntries(TARGET_NAMES.map((n) => [n, [] as LoadResult[]])) as Record<TargetName, LoadResult[]>;
  for (let r = 0; r < options.rounds; r++) {
    const order = TARGET_NAMES.map((_, i) => TARGET_NAMES[(i + r) % TARGET_NAMES.length]!);
    for (const name of order) {
      const l = await load(targets[name], READ_NAMES, options.latency);
      const t = await load(targets[name], READ_NAMES, options.throughput);
      latency[name].push(l);
      throughput[name].push(t);
      log(`  round ${r + 1}/${options.rounds} ${name}: p50 ${l.p50} ms, p99 ${l.p99} ms (1 client); ${Math.round(t.rps)} req/s (${options.throughput.connections} clients)`);
    }
  }
  const perRead = {} as ReadBenchResult['perRead'];
  for (const read of READ_NAMES) {
    perRead[read] = {} as Record<TargetName, Omit<Figures, 'samples' | 'failures'>>;
    for (const name of TARGET_NAMES) {
      const s = await load(targets[name], [read], { connections: 1, seconds: options.perReadSeconds });
      perRead[read][name] = { p50: round(s.p50), p99: round(s.p99), rps: round(s.rps, 1) };
    }
    log(`  ${read}: ${TARGET_NAMES.map((n) => `${n} p50 ${perRead[read][n].p50} ms`).join(', ')}`);
  }
  const by = (samples: Record<TargetName, LoadResult[]>): Record<TargetName, Figures> =>
    Object.fromEntries(TARGET_NAMES.map((n) => [n, figures(samples[n])])) as Record<TargetName, Figures>;
  return { options, latency: by(latency), throughput: by(throughput), perRead };
}
