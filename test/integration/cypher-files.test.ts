import { CypherRegistry, declaredStatements } from '../../src/db/cypher-registry';
import { buildSchema } from '../../src/schema';
import { startTestApp, type TestApp } from '../support/app';
import { loadAllStatementUsers } from '../support/statement-users';

describe('cypher/ files', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('are each declared by the code that runs them (no dead files)', () => {
    buildSchema();
    loadAllStatementUsers();
    const registry = CypherRegistry.load();
    const unused = registry.names().filter((n) => !n.startsWith('schema/') && !declaredStatements().includes(n));
    expect(unused).toEqual([]);
  });

  it('each pass EXPLAIN on the real database', async () => {
    const registry = CypherRegistry.load();
    const session = app.db.driver.session();
    const failures: string[] = [];
    try {
      for (const name of registry.names().filter((n) => !n.startsWith('schema/'))) {
        try {
          // The statement text comes from the repository's own files, never from user input.
          // eslint-disable-next-line no-restricted-syntax
          await session.run(`EXPLAIN ${registry.text({ name })}`);
        } catch (error) {
          failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      await session.close();
    }
    expect(failures).toEqual([]);
  });
});
