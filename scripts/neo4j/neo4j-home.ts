import { existsSync, readdirSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import * as path from 'node:path';

/** Keep equal to <neo4j.version> in scripts/neo4j/pom.xml: 5.26 is the LTS line, the last on Java 17. */
export const NEO4J_VERSION = '5.26.31';

/** Marker inside lib/: the version whose runtime closure lib/ holds. */
export const LIB_MARKER = '.neo4j-version';

export interface Neo4jPaths {
  projectRoot: string;
  pom: string;
  home: string;
  lib: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  consoleLog: string;
  run: string;
  pidFile: string;
  plugins: string;
  import: string;
}

/**
 * Walks up to the folder holding scripts/neo4j/pom.xml, so the same code works from
 * scripts/neo4j (tsx) and from dist/scripts/neo4j (compiled).
 */
export function findProjectRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'scripts', 'neo4j', 'pom.xml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`找不到 scripts/neo4j/pom.xml / Cannot find scripts/neo4j/pom.xml above ${start}`);
    dir = parent;
  }
}

/**
 * The folders of a Neo4j home. `home` defaults to the project's .neo4j; another home (a test's
 * scratch server) gets its own conf, data, logs and PID file but runs the project's jars.
 */
export function neo4jPaths(
  projectRoot: string = findProjectRoot(),
  home: string = path.join(projectRoot, '.neo4j'),
): Neo4jPaths {
  const conf = path.join(home, 'conf');
  const logs = path.join(home, 'logs');
  const run = path.join(home, 'run');
  return {
    projectRoot,
    pom: path.join(projectRoot, 'scripts', 'neo4j', 'pom.xml'),
    home,
    lib: path.join(projectRoot, '.neo4j', 'lib'),
    conf,
    confFile: path.join(conf, 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs,
    consoleLog: path.join(logs, 'console.log'),
    run,
    pidFile: path.join(run, 'neo4j.pid'),
    plugins: path.join(home, 'plugins'),
    import: path.join(home, 'import'),
  };
}

export interface BoltAddress {
  host: string;
  port: number;
}

/** Host and port a Bolt URI points at; `localhost` becomes 127.0.0.1 because Node may pick ::1. */
export function parseBoltAddress(uri: string): BoltAddress {
  const url = new URL(uri);
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:$/.test(url.protocol)) {
    throw new Error(`不是 Bolt 地址 / Not a Bolt URI: ${uri}`);
  }
  const port = url.port === '' ? 7687 : Number(url.port);
  const host = url.hostname === 'localhost' || url.hostname === '' ? '127.0.0.1' : url.hostname;
  return { host, port };
}

/**
 * neo4j.conf for a local development server. Unknown keys abort start-up (strict validation),
 * so every key here exists in 5.26. Heap is not set here: the CommunityEntryPoint ignores
 * server.memory.heap.*, the JVM flags in javaArgs() carry it.
 */
export function renderNeo4jConf(boltPort: number, storeBytes = 0): string {
  return [
    '# Written by scripts/neo4j/local-neo4j.ts on every start; edits are overwritten.',
    '# 由 scripts/neo4j/local-neo4j.ts 每次启动时生成，手工修改会被覆盖。',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${localPageCache(storeBytes)}`,
    'db.tx_log.rotation.retention_policy=2 files',
    'db.tx_log.rotation.size=32m',
    'db.tx_log.preallocate=false',
    // Server-side backstop for every transaction, the CLI's long imports included; the service
    // sends its own shorter timeout with each transaction (NEO4J_TX_TIMEOUT_MS).
    'db.transaction.timeout=10m',
    // Internal (declared, so strict validation accepts them) and 5 s each by default: a clean stop
    // took 12 s. If a version bump drops them, start-up fails naming the key; delete these lines.
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    ...Object.entries(PLANNING_SETTINGS).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

/**
 * Settings for how Neo4j plans Quanze's statements, written to the local server's neo4j.conf and
 * set in docker-compose.yml; recommended for any Neo4j the service is pointed at (README).
 *
 * `internal.cypher.use_parameter_size=false`: by default Neo4j keys its plan cache on the size of
 * every list and string parameter, in buckets (0, 1, up to 10, up to 100, …), and plans a statement
 * again for each new bucket. Quanze's statements take lists of every size (a DataLoader batch of 2
 * ids or of 300, a partition of 40 organizations or of 4,000), and planning one of its analysis
 * statements takes 100–1,200 ms on a 2-core machine; with this setting each is planned once
 * (measurements in docs/adr/0004, eighth round). Internal (declared in 5.26, so strict validation accepts it): if a version bump drops it,
 * start-up fails naming the key; delete it here and in docker-compose.yml.
 */
export const PLANNING_SETTINGS: Readonly<Record<string, string>> = {
  'internal.cypher.use_parameter_size': 'false',
};

const MEMORY_SIZE = /^\d+[kmg]$/;
const MB = 2 ** 20;
const UNIT_MB: Readonly<Record<string, number>> = { k: 1 / 1024, m: 1, g: 1024 };

/** The page cache of a local server when QUANZE_NEO4J_PAGECACHE is not set and its store is small. */
export const PAGECACHE_DEFAULT = '128m';

/**
 * The page cache for a store of `storeBytes` on a machine of `totalBytes`: the store and a tenth
 * more (rounded up to whole gigabytes, or to 128 MB below one), as Neo4j's operations manual
 * sizes it, so reading the whole store (a province's analysis) finds its pages in the cache
 * instead of copying them from the system's file cache; at least `floor` (a test's or a city's
 * store needs no more), at most 60 % of the memory (the heap, the service and the system need the
 * rest). At a million powers (a 9.9 GB store), 12 GB instead of 3 made the computations from
 * scratch 167–176 → 143–149 s (docs/adr/0004, thirteenth round). 按库的大小设页缓存。
 */
export function pageCacheFor(storeBytes: number, totalBytes: number, floor: string = PAGECACHE_DEFAULT): string {
  const floorMb = sizeInMb(floor);
  const wantedMb = Math.ceil((storeBytes * 1.1) / MB);
  if (wantedMb <= floorMb) return floor;
  const mostMb = Math.max(Math.floor((totalBytes * 0.6) / MB), floorMb);
  const step = wantedMb > 1024 ? 1024 : 128;
  const mb = Math.min(Math.ceil(wantedMb / step) * step, mostMb);
  return mb % 1024 === 0 ? `${mb / 1024}g` : `${mb}m`;
}

function sizeInMb(size: string): number {
  return Number.parseInt(checkedSize(size, size), 10) * UNIT_MB[size.slice(-1)]!;
}

/** A memory size as Neo4j's settings take it (512m, 2g); `where` names its source in the error. */
function checkedSize(size: string, where: string): string {
  if (!MEMORY_SIZE.test(size)) throw new Error(`${where}: 须为如 512m、2g 的大小 / must be a size such as 512m or 2g`);
  return size;
}

/** The page cache a local server starts with: QUANZE_NEO4J_PAGECACHE, else sized to its store. */
export function localPageCache(storeBytes: number): string {
  return memorySetting('QUANZE_NEO4J_PAGECACHE', pageCacheFor(storeBytes, totalmem()));
}

/** Bytes of the files under `dir`, 0 if it does not exist (a server's store before its first start). */
export function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(file) : entry.isFile() ? statSync(file).size : 0;
  }
  return total;
}

/** Where a server on these paths keeps its databases' stores (what pageCacheFor sizes). */
export function storeDirectory(paths: Neo4jPaths): string {
  return path.join(paths.data, 'databases');
}

/**
 * A memory size of the local server from the environment (a province needs more than a city),
 * else its default. 本地 Neo4j 的内存设置：QUANZE_NEO4J_PAGECACHE、QUANZE_NEO4J_HEAP。
 */
export function memorySetting(name: 'QUANZE_NEO4J_PAGECACHE' | 'QUANZE_NEO4J_HEAP', fallback: string): string {
  const value = process.env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  return checkedSize(value, `${name}=${value}`);
}

export const HEAP_INITIAL = '512m';
export const HEAP_MAX = '1g';
export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** The JVM command line the official launcher would build, reduced to what a dev server needs. */
export function javaArgs(paths: Neo4jPaths): string[] {
  return [
    `-Xms${HEAP_INITIAL}`,
    `-Xmx${memorySetting('QUANZE_NEO4J_HEAP', HEAP_MAX)}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    // As Neo4j's own neo4j.conf (and so the neo4j:5.26 image of docker-compose.yml) starts it: the
    // JIT may fold final fields, and a library's System.gc() does not stop the server.
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    // Without these Java 17 dies with "LinkageError: Cannot to link java.nio.DirectByteBuffer".
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    // Java 17 still takes the default charset from the locale; Chinese text must not depend on it.
    '-Dfile.encoding=UTF-8',
    '-cp',
    [path.join(paths.plugins, '*'), path.join(paths.lib, '*')].join(path.delimiter),
    ENTRY_POINT,
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
    '--console-mode',
  ];
}
