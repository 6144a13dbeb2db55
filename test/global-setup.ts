import { loadConfig } from '../src/config';
import { ensureNeo4j } from '../scripts/neo4j/local-neo4j';

/**
 * Jest global setup for the integration project: makes sure a Neo4j answers, starting the local
 * one when nothing does. Runs in Jest's parent process, so globalThis reaches global-teardown.
 */

declare global {
  // Set here, read by test/global-teardown.ts: only stop what this run started.
  var quanzeStartedNeo4j: boolean | undefined;
}

async function globalSetup(): Promise<void> {
  process.env['NODE_ENV'] ??= 'test';
  const config = loadConfig();
  const began = Date.now();
  const result = await ensureNeo4j({
    uri: config.neo4j.uri,
    uriConfigured: config.neo4j.uriConfigured,
    log: (line) => console.log(`\n[neo4j] ${line}`),
  });
  globalThis.quanzeStartedNeo4j = result.started;
  if (result.started) console.log(`[neo4j] ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

// Jest requires the module itself to be the function; `export =` keeps it a named, non-default export.
export = globalSetup;
