/**
 * `npm start`: with no NEO4J_URI, starts the local Neo4j first (as `npm run db:start`), then runs
 * the service — from source in development, the compiled build with NODE_ENV=production (with the
 * node options the store's size calls for: src/server/node-profile.ts).
 * 未配置 NEO4J_URI 时先启动本地 Neo4j，再启动服务。
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { loadConfig } from '../src/config';
import { openDatabase } from '../src/cli/database';
import { graphIsEmpty, loadDemo } from '../src/importer/demo';
import { chooseNodeProfile } from '../src/server/node-profile';
import { exitOnStartFailure, runService } from '../src/server/run';
import { ensureNeo4j } from './neo4j/local-neo4j';

const root = join(__dirname, '..');

async function start(): Promise<void> {
  const config = loadConfig();
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const { started } = await ensureNeo4j({ uri: config.neo4j.uri, uriConfigured: config.neo4j.uriConfigured, log });
  if (started) log('本地 Neo4j 已启动，停止服务后仍在运行；用 npm run db:stop 停止 / local Neo4j started; stop it with npm run db:stop');

  if (config.nodeEnv !== 'production') {
    await loadDemoIfEmpty(log);
    await runService();
    return;
  }
  const entry = join(root, 'dist', 'src', 'main.js');
  if (!existsSync(entry)) {
    log('正在编译 / building (npm run build)…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const profile = await chooseNodeProfile(config);
  log(profile.reason);
  const child = spawn(process.execPath, [...profile.options, entry], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

/** A fresh database gets the demo city, so a new user sees a graph at once (development only). */
async function loadDemoIfEmpty(log: (line: string) => void): Promise<void> {
  const connection = await openDatabase();
  try {
    if (!(await graphIsEmpty(connection.db))) return;
    log('数据库为空，正在载入示例数据（青石市）/ empty database: loading the demo data (青石市)…');
    const started = Date.now();
    await loadDemo(connection.db);
    log(`已载入示例数据 / demo data loaded (${((Date.now() - started) / 1000).toFixed(1)}s); quanze demo 可再次载入 / reload with quanze demo`);
  } finally {
    await connection.close();
  }
}

start().catch(exitOnStartFailure);
