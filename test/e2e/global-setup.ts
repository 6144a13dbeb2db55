import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { loadConfig } from '../../src/config';
import { ensureNeo4j } from '../../scripts/neo4j/local-neo4j';

/**
 * Jest global setup of the e2e project: a Neo4j that answers (started when none does, as for the
 * integration tests) and a fresh build of the page (web/dist). Keeps the integration project's
 * record of who started Neo4j, so global-teardown stops it only when this run did.
 */
async function globalSetup(): Promise<void> {
  process.env['NODE_ENV'] ??= 'test';
  const config = loadConfig();
  const result = await ensureNeo4j({
    uri: config.neo4j.uri,
    uriConfigured: config.neo4j.uriConfigured,
    log: (line) => console.log(`\n[neo4j] ${line}`),
  });
  globalThis.quanzeStartedNeo4j = globalThis.quanzeStartedNeo4j === true || result.started;
  const root = join(__dirname, '..', '..');
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'web', 'build.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('npm run build:web failed');
}

export = globalSetup;
