import { mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';

import { assembleNeo4j } from '../../scripts/neo4j/assemble';
import { neo4jPaths } from '../../scripts/neo4j/neo4j-home';
import { isOurNeo4j, waitForExit } from '../../scripts/neo4j/neo4j-process';
import { startNeo4jProcess, stopNeo4jProcess } from '../../scripts/neo4j/local-neo4j';
import { CypherRegistry } from '../../src/db/cypher-registry';
import { Database } from '../../src/db/database';

/**
 * A second Neo4j for tests that must hurt the database (SIGKILL, restart): the same jars as the
 * local server (.neo4j/lib), its own home under os.tmpdir() and its own Bolt port, so the shared
 * server on 7687 never notices. 测试专用的第二个 Neo4j：同一套 jar，独立目录与端口。
 */
export class ScratchNeo4j {
  readonly home = mkdtempSync(join(tmpdir(), 'quanze-scratch-neo4j-'));
  readonly paths = neo4jPaths(undefined, this.home);
  private pid: number | null = null;

  private constructor(readonly port: number) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** The server's process while it runs (the bench reads its CPU time). */
  get processId(): number | null {
    return this.pid;
  }

  /** Starts a fresh server on 7690 + the Jest worker id, or the next free port above it. */
  static async start(log: (line: string) => void = () => undefined): Promise<ScratchNeo4j> {
    const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
    const scratch = new ScratchNeo4j(await freePort(7690 + worker));
    // A no-op when the global setup has assembled the jars, as it does for the integration project.
    await assembleNeo4j(scratch.paths, log);
    await scratch.startProcess(log);
    return scratch;
  }

  /** (Re)starts the server on its home: after kill(), this is crash recovery on the same store. */
  async startProcess(log: (line: string) => void = () => undefined): Promise<number> {
    this.pid = await startNeo4jProcess(this.paths, this.port, log);
    return this.pid;
  }

  /** SIGKILL: no checkpoint, no clean shutdown, as in a power cut. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const pid = this.pid;
    if (pid === null || !isOurNeo4j(pid, this.paths)) return;
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
    this.pid = null;
  }

  /** Stops the server (SIGTERM) and deletes its home. */
  async stop(): Promise<void> {
    if (this.pid !== null) await stopNeo4jProcess(this.pid, this.paths);
    this.pid = null;
    rmSync(this.home, { recursive: true, force: true });
  }

  driver(): Driver {
    return neo4j.driver(this.uri, neo4j.auth.basic('neo4j', 'neo4j'), { maxConnectionPoolSize: 4 });
  }

  /** The project's database boundary on this server (registered statements, e.g. graphSnapshot). */
  database(): { db: Database; close: () => Promise<void> } {
    const driver = this.driver();
    const db = new Database(driver, 'neo4j', CypherRegistry.load(), pino({ level: 'silent' }));
    return { db, close: () => driver.close() };
  }

  /**
   * How many open transactions carry `operation` in their metadata (Database.execute names every
   * transaction). An administration command, not data Cypher, so it is not a cypher/ file.
   */
  async openTransactions(driver: Driver, operation: string): Promise<number> {
    return openTransactions(driver, operation);
  }
}

/** How many transactions whose metadata names `operation` the server still has open. */
export async function openTransactions(driver: Driver, operation: string): Promise<number> {
  const session = driver.session();
  try {
    const result = await session.run('SHOW TRANSACTIONS YIELD metaData');
    return result.records.filter((r) => (r.get('metaData') as { operation?: string } | null)?.operation === operation)
      .length;
  } finally {
    await session.close();
  }
}

/** Waits until the server has finished (committed or rolled back) every such transaction. */
export async function transactionsSettled(driver: Driver, operation: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await openTransactions(driver, operation)) > 0) {
    if (Date.now() > until) throw new Error(`${operation} transactions still open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first port from `from` on that nothing listens on at 127.0.0.1. */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}
