import { READ_NAMES, type ReadName } from './read-mix';
import { median } from './support/stats';
import { METRICS_HEADERS, TARGET_NAMES, type Target, type TargetName } from './targets';

export interface ReadCost {
  read: ReadName;
  /** Neo4j sessions (one transaction each: a round trip) our service opens per request. */
  apiRoundTrips: number;
  /** Response body bytes per target. */
  bytes: Record<TargetName, number>;
}

const SESSIONS = /^quanze_neo4j_sessions_total (\d+)/m;

async function sessionsOpened(api: Target): Promise<number> {
  const text = await (await fetch(`${api.server.baseUrl}/metrics`, { headers: METRICS_HEADERS })).text();
  return Number(SESSIONS.exec(text)?.[1] ?? Number.NaN);
}

async function bodyBytes(target: Target, read: ReadName): Promise<number> {
  const r = target.requests[read];
  const response = await fetch(`${target.server.baseUrl}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  return (await response.arrayBuffer()).byteLength;
}

/**
 * What each read costs besides time: the round trips our service makes to Neo4j (its own
 * /metrics counter of sessions, read around one request at a time) and the size of each answer.
 * 每个读取的往返次数与响应大小。
 */
export async function measureReadCosts(targets: Record<TargetName, Target>): Promise<ReadCost[]> {
  const costs: ReadCost[] = [];
  for (const read of READ_NAMES) {
    const trips: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = await sessionsOpened(targets.api);
      await bodyBytes(targets.api, read);
      trips.push((await sessionsOpened(targets.api)) - before);
    }
    const bytes = {} as Record<TargetName, number>;
    for (const name of TARGET_NAMES) bytes[name] = await bodyBytes(targets[name], read);
    costs.push({ read, apiRoundTrips: median(trips), bytes });
  }
  return costs;
}
