import { mkdtempSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

import pino from 'pino';

import { DEFAULT_NEO4J_URI, loadConfig } from '../../src/config';
import { CypherRegistry } from '../../src/db/cypher-registry';
import { createDriver, Database } from '../../src/db/database';
import {
  HEAP_MAX,
  bytesUnder,
  memorySetting,
  pageCacheFor,
  storeDirectory,
  type Neo4jPaths,
} from '../../scripts/neo4j/neo4j-home';
import { applySchema } from '../../src/db/migrate';
import { ScratchNeo4j } from '../../test/support/scratch-neo4j';
import { wipeGraph } from './wipe';

/**
 * ScratchNeo4j takes the first free port from 7690 + JEST_WORKER_ID, where the integration tests'
 * scratch servers start too (7691, 7692…); two starts racing for one port could leave both
 * clients on one server. The bench starts its own from 7740.
 */
const BENCH_WORKER_OFFSET = '50';

/**
 * The bench's server holds a province (about 25 million nodes and relationships at 1M powers):
 * the dev server's 128 MB page cache and 1 GB heap would measure the disk, not the analysis.
 * Either can be set in the environment (scripts/neo4j/neo4j-home.ts memorySetting).
 */
const BENCH_PAGECACHE = '3g';
const BENCH_HEAP = '2g';
const GB = 2 ** 30;

async function startScratch(log: (line: string) => void): Promise<ScratchNeo4j> {
  process.env['QUANZE_NEO4J_PAGECACHE'] ??= BENCH_PAGECACHE;
  process.env['QUANZE_NEO4J_HEAP'] ??= BENCH_HEAP;
  const worker = process.env['JEST_WORKER_ID'];
  process.env['JEST_WORKER_ID'] = BENCH_WORKER_OFFSET;
  try {
    return await ScratchNeo4j.start(log);
  } finally {
    if (worker === undefined) delete process.env['JEST_WORKER_ID'];
    else process.env['JEST_WORKER_ID'] = worker;
  }
}

/** The database a benchmark run loads and measures. 基准测试使用的数据库。 */
export interface BenchNeo4j {
  uri: string;
  /** True when the bench started this server (and stops it at the end). */
  own: boolean;
  db: Database;
  /** A folder the server reads `LOAD CSV FROM 'file://…'` from (absolute URLs; no import dir is configured). */
  csvDir: string;
  /** "Neo4j/5.26.31" as the server reports it. */
  agent: string;
  /**
   * The bench's own server only (null with --reset): stops it, lets `load` write its store (a
   * bulk import), starts it again on the same home and applies the schema.
   */
  reload: ((load: (home: Neo4jPaths) => Promise<void>) => Promise<void>) | null;
  /**
   * The bench's own server's page cache and maximum heap as it runs now (null with --reset: not
   * ours to see). After a reload the page cache is sized to the store, unless
   * QUANZE_NEO4J_PAGECACHE was set.
   */
  memory(): { pagecache: string; heap: string } | null;
  /** The bench's own server's process id (null with --reset: the server is not ours to watch). */
  pid(): number | null;
  close(): Promise<void>;
}

/**
 * By default a scratch server of its own (the project's jars, its own home and port, as
 * test/support/scratch-neo4j.ts starts them), so the shared local server on 7687 is never
 * wiped. With `reset`, the server of NEO4J_URI instead, emptied first.
 */
export async function openBenchNeo4j(options: { reset: boolean; log: (line: string) => void }): Promise<BenchNeo4j> {
  const config = loadConfig();
  let scratch: ScratchNeo4j | null = null;
  let uri: string;
  let csvDir: string;
  /** Whether the user chose the page cache; if not, a reload sizes it to the store. */
  let pageCacheSet = true;
  if (options.reset) {
    if (!config.neo4j.uriConfigured) {
      throw new Error(
        `--reset 会清空 NEO4J_URI 指向的数据库，请显式设置 NEO4J_URI（默认 ${DEFAULT_NEO4J_URI} 是共享库）/ --reset empties the database of NEO4J_URI: set it explicitly`,
      );
    }
    uri = config.neo4j.uri;
    csvDir = mkdtempSync(join(tmpdir(), 'quanze-bench-csv-'));
  } else {
    if (config.neo4j.uriConfigured) {
      options.log(
        `不使用 NEO4J_URI（${config.neo4j.uri}）；要在其上运行请加 --reset / NEO4J_URI is ignored without --reset`,
      );
    }
    options.log('启动基准专用 Neo4j / starting the benchmark’s own Neo4j…');
    pageCacheSet = (process.env['QUANZE_NEO4J_PAGECACHE'] ?? '').trim() !== '';
    scratch = await startScratch(options.log);
    uri = scratch.uri;
    csvDir = scratch.paths.import;
  }
  const driver = createDriver({ ...config.neo4j, uri });
  const registry = CypherRegistry.load();
  const db = new Database(driver, config.neo4j.database, registry, pino({ level: 'silent' }));
  const close = async (): Promise<void> => {
    await driver.close();
    if (scratch) await scratch.stop();
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    if (options.reset) {
      options.log(`清空 ${uri} / emptying ${uri}…`);
      await wipeGraph(db);
    }
    await applySchema(db, registry);
    const { agent } = await driver.getServerInfo({ database: config.neo4j.database });
    const own = scratch;
    const reload = own
      ? async (load: (home: Neo4jPaths) => Promise<void>): Promise<void> => {
          // SIGKILL: the store is about to be overwritten, so a clean shutdown saves nothing.
          await own.kill();
          await load(own.paths);
          if (!pageCacheSet) {
            // The local server's rule (scripts/neo4j/neo4j-home.ts), with the bench's floor.
            const store = bytesUnder(storeDirectory(own.paths));
            const pagecache = pageCacheFor(store, totalmem(), BENCH_PAGECACHE);
            process.env['QUANZE_NEO4J_PAGECACHE'] = pagecache;
            options.log(`  页缓存 / page cache ${pagecache} for a ${(store / GB).toFixed(1)} GB store`);
          }
          await own.startProcess(options.log);
          await applySchema(db, registry);
        }
      : null;
    const memory = (): { pagecache: string; heap: string } | null =>
      own
        ? {
            pagecache: memorySetting('QUANZE_NEO4J_PAGECACHE', BENCH_PAGECACHE),
            heap: memorySetting('QUANZE_NEO4J_HEAP', HEAP_MAX),
          }
        : null;
    return {
      uri,
      own: scratch !== null,
      db,
      csvDir,
      agent: agent ?? 'Neo4j',
      memory,
      reload,
      pid: () => own?.processId ?? null,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
