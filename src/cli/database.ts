import pino from 'pino';

import { loadConfig } from '../config';
import { CypherRegistry } from '../db/cypher-registry';
import { createDriver, Database } from '../db/database';
import { applySchema } from '../db/migrate';
import { storePendingBasisLevels } from '../importer/powers/basis-levels';
import { storePendingCodeParts } from '../importer/powers/code-parts';
import { linkStoredLawCitations } from '../importer/powers/law-links';
import { CliError, EXIT } from './exit-codes';

export interface CliDatabase {
  db: Database;
  close(): Promise<void>;
}

/**
 * Connects with the same settings as the server (NEO4J_URI...) and makes sure constraints and
 * indexes exist, so every MERGE of an import is an index lookup. Unreachable: exit status 3.
 */
export async function openDatabase(): Promise<CliDatabase> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  const registry = CypherRegistry.load();
  const db = new Database(driver, config.neo4j.database, registry, pino({ level: 'silent' }));
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch {
    await driver.close();
    throw new CliError(
      `无法连接数据库 ${config.neo4j.uri}（可运行 npm run db:start 启动本地 Neo4j） / cannot reach the database at ${config.neo4j.uri} (npm run db:start starts the local Neo4j)`,
      EXIT.databaseUnreachable,
    );
  }
  await applySchema(db, registry);
  await linkStoredLawCitations(db);
  await storePendingCodeParts(db);
  await storePendingBasisLevels(db);
  return { db, close: () => driver.close() };
}
