import { load, type LoadResult } from './http-load';
import { cpuOf, cpuSpent, type CpuSample } from './support/process-cpu';
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

/** CPU time per request of a throughput run: the server's process and Neo4j's (medians over the rounds). */
export interface CpuPerRequest {
  serverMs: number | null;
  neo4jMs: number | null;
}

export interface ReadBenchResult {
  options: ReadBenchOptions;
  latency: Record<TargetName, Figures>;
  throughput: Record<TargetName, Figures>;
  /** What limits throughput on a machine the servers, Neo4j and the load generator share. */
  cpuPerRequest: Record<TargetName, CpuPerRequest>;
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
  neo4jPid: number | null = null,
): Promise<ReadBenchResult> {
  for (const name of TARGET_NAMES) {
    await load(targets[name], READ_NAMES, { connections: options.throughput.connections, seconds: options.warmupSeconds });
  }
  const latency = Object.fromEntries(TARGET_NAMES.map((n) => [n, [] as LoadResult[]])) as Record<TargetName, LoadResult[]>;
  const throughput = Object.fromEntries(TARGET_NAMES.map((n) => [n, [] as LoadResult[]])) as Record<TargetName, LoadResult[]>;
  const cpu = Object.fromEntries(TARGET_NAMES.map((n) => [n, [] as CpuPerRequest[]])) as Record<TargetName, CpuPerRequest[]>;
  for (let r = 0; r < options.rounds; r++) {
    const order = TARGET_NAMES.map((_, i) => TARGET_NAMES[(i + r) % TARGET_NAMES.length]!);
    for (const name of order) {
      const l = await load(targets[name], READ_NAMES, options.latency);
      const cpuBefore = cpuOf(targets[name].server.pid, neo4jPid);
      const t = await load(targets[name], READ_NAMES, options.throughput);
      const used = cpuUsed(cpuBefore, cpuOf(targets[name].server.pid, neo4jPid), t.requests);
      cpu[name].push(used);
      latency[name].push(l);
      throughput[name].push(t);
      log(
        `  round ${r + 1}/${options.rounds} ${name}: p50 ${l.p50} ms, p99 ${l.p99} ms (1 client); ${Math.round(t.rps)} req/s (${options.throughput.connections} clients); CPU per request: server ${used.serverMs ?? '?'} ms, Neo4j ${used.neo4jMs ?? '?'} ms`,
      );
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
  const medianOf = (values: (number | null)[]): number | null => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : round(median(known), 2);
  };
  const cpuPerRequest = Object.fromEntries(
    TARGET_NAMES.map((n) => [n, { serverMs: medianOf(cpu[n].map((c) => c.serverMs)), neo4jMs: medianOf(cpu[n].map((c) => c.neo4jMs)) }]),
  ) as Record<TargetName, CpuPerRequest>;
  return { options, latency: by(latency), throughput: by(throughput), cpuPerRequest, perRead };
}

function cpuUsed(before: CpuSample, after: CpuSample, requests: number): CpuPerRequest {
  const spent = cpuSpent(before, after);
  const per = (ms: number | null): number | null => (ms === null || requests === 0 ? null : round(ms / requests, 2));
  return { serverMs: per(spent.server), neo4jMs: per(spent.neo4j) };
}
