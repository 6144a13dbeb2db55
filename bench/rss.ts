import { readFileSync } from 'node:fs';

import { load, type LoadResult } from './http-load';
import { READ_NAMES } from './read-mix';
import { median } from './support/stats';
import type { Target } from './targets';

export interface RssResult {
  connections: number;
  seconds: number;
  /** Before the load: a fresh service after a short warm-up with the read mix. */
  idleMb: number;
  peakMb: number;
  medianMb: number;
  samples: number;
  load: LoadResult;
}

/** Resident set size of a process in MB (VmRSS of /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/**
 * Step 6: the service's RSS, sampled every 100 ms while `connections` autocannon clients run the
 * read mix for `seconds`. `target` should be freshly started (the analysis scans leave a large
 * heap behind); it is warmed up first. 并发负载下的服务内存。
 */
export async function sampleRssUnderLoad(target: Target, options: { connections: number; seconds: number }): Promise<RssResult> {
  const pid = target.server.pid;
  await load(target, READ_NAMES, { connections: 10, seconds: 2 });
  const idleMb = rssMb(pid);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssMb(pid)), 100);
  let result: LoadResult;
  try {
    result = await load(target, READ_NAMES, options);
  } finally {
    clearInterval(timer);
  }
  samples.push(rssMb(pid));
  const mb = (n: number): number => Math.round(n * 10) / 10;
  return {
    connections: options.connections,
    seconds: options.seconds,
    idleMb: mb(idleMb),
    peakMb: mb(Math.max(...samples)),
    medianMb: mb(median(samples)),
    samples: samples.length,
    load: result,
  };
}
