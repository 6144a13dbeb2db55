/**
 * The demo city loaded into an empty database (a scratch Neo4j, as `npm start` does on an empty
 * one): one name in one division is one organization. Internal units a power list names under
 * 承办机构 are the organizations the organizations file declares, not second copies of them
 * (issue 20: 三岔乡综合行政执法队 came out twice, as ENFORCEMENT_TEAM and INTERNAL_UNIT).
 */
import { CypherRegistry } from '../../src/db/cypher-registry';
import { applySchema } from '../../src/db/migrate';
import type { Database } from '../../src/db/database';
import { loadDemo } from '../../src/importer/demo';
import { organizationsWithSameName } from '../support/import-helpers';
import { ScratchNeo4j } from '../support/scratch-neo4j';

let scratch: ScratchNeo4j;
let database: { db: Database; close: () => Promise<void> };

beforeAll(async () => {
  scratch = await ScratchNeo4j.start();
  database = scratch.database();
  await applySchema(database.db, CypherRegistry.load());
  await loadDemo(database.db);
}, 900_000);

afterAll(async () => {
  await database?.close();
  await scratch?.stop();
});

describe('the demo in an empty database', () => {
  it('has no two organizations of one name in one division', async () => {
    expect(await organizationsWithSameName(database.db)).toEqual([]);
  });
});
