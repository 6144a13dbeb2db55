import type { CypherRegistry } from './cypher-registry';
import type { Database } from './database';

/** Applies every `cypher/schema/*.cypher` file (constraints and indexes, all `IF NOT EXISTS`). */
export async function applySchema(db: Database, registry: CypherRegistry): Promise<void> {
  for (const name of registry.names().filter((n) => n.startsWith('schema/'))) {
    await db.runSchemaFile(name);
  }
}
