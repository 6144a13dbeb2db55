import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { DEFAULT_NEO4J_URI } from '../../src/config';
import { assembleNeo4j, installedVersion } from './assemble';
import { boltHandshake } from './bolt-probe';
import {
  NEO4J_VERSION,
  bytesUnder,
  javaArgs,
  localPageCache,
  neo4jPaths,
  parseBoltAddress,
  renderNeo4jConf,
  storeDirectory,
  type BoltAddress,
  type Neo4jPaths,
} from './neo4j-home';
import { isAlive, isOurNeo4j, readPid, removePidFile, sleep, waitForExit } from './neo4j-process';
import { requireJava } from './prerequisites';

/**
 * The local Neo4j 5.26 community server, assembled from Maven Central jars into .neo4j/ and run
 * as a detached `java` on 127.0.0.1. 本地 Neo4j：由 Maven Central 的 jar 组装，仅监听 127.0.0.1。
 */

export interface EnsureNeo4jOptions {
  uri: string;
  uriConfigured: boolean;
  log?: (line: string) => void;
}

export interface EnsureNeo4jResult {
  started: boolean;
  uri: string;
  /** Present when this call started the server: whether it had to resolve the jars first. */
  assembled?: boolean;
}

export interface Neo4jStatus {
  home: string;
  expectedVersion: string;
  installedVersion: string | null;
  /** PID of our running server, null when none runs. */
  pid: number | null;
  address: string;
  /** Bolt protocol version agreed on the address, null when nothing answers Bolt there. */
  bolt: string | null;
}

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const noop = (): void => undefined;

export async function ensureNeo4j(options: EnsureNeo4jOptions): Promise<EnsureNeo4jResult> {
  const log = options.log ?? noop;
  const { uri } = options;
  if (options.uriConfigured) {
    log(`已设置 NEO4J_URI（${uri}），不启动本地 Neo4j / NEO4J_URI is set (${uri}): not starting the local Neo4j`);
    return { started: false, uri };
  }
  const address = parseBoltAddress(uri);
  const bolt = await boltHandshake(address.host, address.port);
  if (bolt !== null) {
    log(
      `${address.host}:${address.port} 已有 Bolt 服务应答 / Bolt already answers on ${address.host}:${address.port} (protocol ${bolt})`,
    );
    return { started: false, uri };
  }

  const paths = neo4jPaths();
  const recorded = readPid(paths);
  if (recorded !== null && isOurNeo4j(recorded, paths)) {
    // Another invocation started it and it is still coming up: wait rather than start a second.
    log(`本地 Neo4j（PID ${recorded}）正在启动，等待 / The local Neo4j (PID ${recorded}) is starting; waiting`);
    await waitUntilReady(paths, address, recorded, () => false);
    return { started: false, uri };
  }
  if (recorded !== null) removePidFile(paths);

  requireJava();
  const assembled = await assembleNeo4j(paths, log);
  await startNeo4jProcess(paths, address.port, log);
  log(`本地 Neo4j 已就绪：${uri} / The local Neo4j is ready at ${uri}`);
  return { started: true, uri, assembled };
}

/**
 * Starts the assembled Neo4j with the home folders of `paths` (conf, data, logs, PID file) on
 * 127.0.0.1:`port` and resolves with its PID once it answers a query. A server that does not come
 * up is stopped, and the error carries the end of its console log. The local server and the
 * scratch servers of the tests (test/support/scratch-neo4j.ts: own home, same jars) start here.
 */
export async function startNeo4jProcess(
  paths: Neo4jPaths,
  port: number,
  log: (line: string) => void = noop,
): Promise<number> {
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.plugins, paths.import]) {
    mkdirSync(dir, { recursive: true });
  }
  const store = bytesUnder(storeDirectory(paths));
  writeFileSync(paths.confFile, renderNeo4jConf(port, store));
  const { pid, hasExited } = launch(paths);
  const pageCache = localPageCache(store);
  log(
    `本地 Neo4j ${NEO4J_VERSION} 启动中（PID ${pid}，页缓存 ${pageCache}，日志 ${paths.consoleLog}）/ Starting the local Neo4j ${NEO4J_VERSION} (PID ${pid}, page cache ${pageCache}, log ${paths.consoleLog})`,
  );
  try {
    await waitUntilReady(paths, { host: '127.0.0.1', port }, pid, hasExited);
  } catch (error) {
    if (isOurNeo4j(pid, paths)) await terminate(pid, paths, noop);
    removePidFile(paths);
    throw error;
  }
  return pid;
}

/** Stops a server startNeo4jProcess started (only if the PID is still that server) and clears its PID file. */
export async function stopNeo4jProcess(
  pid: number,
  paths: Neo4jPaths,
  log: (line: string) => void = noop,
): Promise<void> {
  if (isOurNeo4j(pid, paths)) await terminate(pid, paths, log);
  removePidFile(paths);
}

/** Forks a detached java that outlives this process; its output goes to logs/console.log. */
function launch(paths: Neo4jPaths): { pid: number; hasExited: () => boolean } {
  const out = openSync(paths.consoleLog, 'w');
  try {
    const child = spawn('java', javaArgs(paths), { cwd: paths.home, detached: true, stdio: ['ignore', out, out] });
    let exited = false;
    child.once('exit', () => (exited = true));
    child.once('error', () => (exited = true));
    if (child.pid === undefined) throw new Error('无法启动 java / Could not spawn java');
    writeFileSync(paths.pidFile, `${child.pid}\n`);
    child.unref();
    return { pid: child.pid, hasExited: () => exited };
  } finally {
    closeSync(out);
  }
}

/**
 * Ready means a Bolt handshake succeeds and a query runs on the default database. Fails early,
 * with the end of the console log, when the process dies.
 */
async function waitUntilReady(
  paths: Neo4jPaths,
  address: BoltAddress,
  pid: number,
  hasDied: () => boolean,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasDied() || !isAlive(pid)) {
      throw new Error(
        `本地 Neo4j 启动失败 / The local Neo4j exited during start-up. ${paths.consoleLog}:\n${consoleTail(paths)}`,
      );
    }
    if ((await boltHandshake(address.host, address.port, 1000)) !== null && (await answersQuery(address))) return;
    await sleep(500);
  }
  throw new Error(
    `本地 Neo4j 在 ${READY_TIMEOUT_MS / 1000} 秒内未就绪 / The local Neo4j was not ready within ${READY_TIMEOUT_MS / 1000} s. ${paths.consoleLog}:\n${consoleTail(paths)}`,
  );
}

async function answersQuery(address: BoltAddress): Promise<boolean> {
  // Auth is disabled on our server; the driver still wants some credentials.
  const driver = neo4j.driver(`bolt://${address.host}:${address.port}`, neo4j.auth.basic('neo4j', 'neo4j'), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}

function consoleTail(paths: Neo4jPaths, lines = 40): string {
  if (!existsSync(paths.consoleLog)) return '(no console log)';
  return readFileSync(paths.consoleLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Signals one PID; a process that has just exited on its own is not an error. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** SIGTERM lets Neo4j checkpoint and close its stores; SIGKILL only after STOP_TIMEOUT_MS. */
async function terminate(pid: number, paths: Neo4jPaths, log: (line: string) => void): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return;
  log(
    `${STOP_TIMEOUT_MS / 1000} 秒内未退出，强制结束 PID ${pid} / Did not exit within ${STOP_TIMEOUT_MS / 1000} s: SIGKILL to PID ${pid}`,
  );
  if (isOurNeo4j(pid, paths)) signal(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
}

/** Stops the server this project started (by its recorded PID only). Resolves true if it stopped one. */
export async function stopNeo4j(log: (line: string) => void = noop): Promise<boolean> {
  const paths = neo4jPaths();
  const pid = readPid(paths);
  if (pid === null) {
    log('没有记录中的本地 Neo4j 进程 / No local Neo4j process is recorded');
    return false;
  }
  if (!isOurNeo4j(pid, paths)) {
    log(`PID ${pid} 已不是本地 Neo4j，清除 PID 文件 / PID ${pid} is no longer the local Neo4j; removing the PID file`);
    removePidFile(paths);
    return false;
  }
  log(`正在停止本地 Neo4j（PID ${pid}）/ Stopping the local Neo4j (PID ${pid})`);
  await terminate(pid, paths, log);
  removePidFile(paths);
  log('本地 Neo4j 已停止 / The local Neo4j has stopped');
  return true;
}

/** Stops the server if it runs and deletes its data folder; the jars stay. */
export async function resetNeo4j(log: (line: string) => void = noop): Promise<void> {
  const paths = neo4jPaths();
  await stopNeo4j(log);
  rmSync(paths.data, { recursive: true, force: true });
  log(`已删除数据目录 ${paths.data} / Deleted the data folder ${paths.data}`);
}

export async function neo4jStatus(uri: string = DEFAULT_NEO4J_URI): Promise<Neo4jStatus> {
  const paths = neo4jPaths();
  const address = parseBoltAddress(uri);
  const pid = readPid(paths);
  return {
    home: paths.home,
    expectedVersion: NEO4J_VERSION,
    installedVersion: installedVersion(paths),
    pid: pid !== null && isOurNeo4j(pid, paths) ? pid : null,
    address: `${address.host}:${address.port}`,
    bolt: await boltHandshake(address.host, address.port),
  };
}
