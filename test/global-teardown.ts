import { stopNeo4j } from '../scripts/neo4j/local-neo4j';

/** Stops the local Neo4j only when test/global-setup.ts started it; a server someone else runs stays up. */
async function globalTeardown(): Promise<void> {
  if (globalThis.quanzeStartedNeo4j !== true) return;
  await stopNeo4j((line) => console.log(`[neo4j] ${line}`));
  globalThis.quanzeStartedNeo4j = false;
}

export = globalTeardown;
