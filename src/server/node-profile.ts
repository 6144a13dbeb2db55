import { setTimeout as sleep } from 'node:timers/promises';

import pino from 'pino';

import type { Config } from '../config';
import { cypher, CypherRegistry } from '../db/cypher-registry';
import { createDriver, Database } from '../db/database';
import { NODE_PROFILE_OPTIONS, nodeProfileFor, type NodeProfile } from './node-flags';

const POWER_COUNT = cypher('server/power-count');

export interface NodeProfileChoice {
  profile: NodeProfile;
  options: readonly string[];
  /** The powers the store held, or null when not read (a profile was set) or not readable. */
  powers: number | null;
  /** Why this profile, Chinese first: the launcher logs it. */
  reason: string;
}

/**
 * The node options to start the compiled service with (node-flags.ts): SERVICE_NODE_PROFILE, or
 * with `auto` the store's size, counted from Neo4j's count store. The database is tried for up to
 * SERVICE_NODE_PROFILE_WAIT_MS (it may still be starting beside the service); if it cannot be read, the `throughput`
 * profile, and the reason says so. Chosen once, at start: a store that grows past the bound while
 * the service runs gets the `memory` profile when the service is next started.
 * 按库的规模选择服务的 node 参数。
 */
export async function chooseNodeProfile(config: Pick<Config, 'neo4j' | 'nodeProfile'>): Promise<NodeProfileChoice> {
  const { setting, memoryFromPowers, waitMs } = config.nodeProfile;
  const choice = (profile: NodeProfile, powers: number | null, reason: string): NodeProfileChoice => ({
    profile,
    options: NODE_PROFILE_OPTIONS[profile],
    powers,
    reason: `node 参数 / node options: ${profile} (${NODE_PROFILE_OPTIONS[profile].join(' ')}): ${reason}`,
  });
  if (setting !== 'auto') return choice(setting, null, `SERVICE_NODE_PROFILE=${setting}`);
  let powers: number;
  try {
    powers = await countPowers(config.neo4j, waitMs);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return choice('throughput', null, `无法读取库的规模 / could not read the store's size (${why})`);
  }
  const profile = nodeProfileFor(setting, powers, memoryFromPowers);
  const bound = `SERVICE_MEMORY_PROFILE_POWERS=${memoryFromPowers}`;
  return choice(
    profile,
    powers,
    profile === 'memory'
      ? `库中有 ${powers} 条权力，不少于 ${bound} / the store holds ${powers} powers, ${bound} or more`
      : `库中有 ${powers} 条权力，少于 ${bound} / the store holds ${powers} powers, fewer than ${bound}`,
  );
}

async function countPowers(neo4j: Config['neo4j'], waitMs: number): Promise<number> {
  const driver = createDriver(neo4j);
  const db = new Database(driver, neo4j.database, CypherRegistry.load(), pino({ level: 'silent' }));
  const until = Date.now() + waitMs;
  try {
    for (;;) {
      try {
        const [row] = await db.read('server.powerCount', POWER_COUNT);
        return Number(row?.['powers'] ?? 0);
      } catch (error) {
        if (Date.now() >= until) throw error;
        await sleep(1_000);
      }
    }
  } finally {
    await driver.close();
  }
}
