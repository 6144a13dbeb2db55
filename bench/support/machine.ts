import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

import { PROJECT_ROOT } from '../../src/paths';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  neo4j: string;
  commit: string;
  /**
   * The Neo4j server's page cache and maximum heap as the bench started it (its own server), or
   * null when it measured the server of NEO4J_URI (--reset), whose settings it cannot see.
   */
  neo4jMemory: { pagecache: string; heap: string } | null;
  /** 1-minute load average when the run started and when it ended (2 cores: above 2 is contention). */
  loadAverage: { start: number; end: number | null };
}

/** What the figures were measured on. 测试机器信息。 */
export function describeMachine(neo4jAgent: string, neo4jMemory: Machine['neo4jMemory']): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout (an unpacked release): the figures still stand.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: neo4jAgent,
    neo4jMemory,
    commit,
    loadAverage: { start: Math.round(loadavg()[0]! * 100) / 100, end: null },
  };
}

export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}
