import autocannon from 'autocannon';

import type { ReadName } from './read-mix';
import type { Target } from './targets';

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers: must be 0 for the figures to count. */
  failures: number;
}

/**
 * Runs autocannon against one target: each connection cycles through `reads` in order (the
 * fixed mix), for `seconds`. Latencies in ms, throughput in requests/s. autocannon 负载。
 */
export async function load(
  target: Target,
  reads: readonly ReadName[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: target.server.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: reads.map((read) => ({ ...target.requests[read] })),
    timeout: 60,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
