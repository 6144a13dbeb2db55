import { CypherRegistry } from '../../src/db/cypher-registry';
import { startTestApp, type TestApp } from '../support/app';

/**
 * The overlap and authority statements, and those that keep the partitioned analysis up to date
 * (issue 13), start from an index (or from relationships), never from a label scan, and never
 * build a cartesian product. Only analysis/partition-map and partition-members read every
 * organization, by design: the map once per process, and again only after a write the change log
 * does not name (a change set's partitions are read again alone, by partition-members-of); the
 * members when a plan touches an organization with no known division.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [plan.operatorType, ...plan.children.flatMap(operators)];
const registry = CypherRegistry.load();
const statements = registry
  .names()
  .filter((n) =>
    /^analysis\/(overlap-|authority-|partition-changes-since$|partition-divisions-below$|partition-members-of$)|^reassignment\/change-set-partitions$/.test(
      n,
    ),
  );

it('covers the overlap, authority and partition statements', () => {
  expect(statements.length).toBeGreaterThanOrEqual(10);
});

it.each(statements)('%s uses indexes, no label scan and no cartesian product', async (name) => {
  const session = app.db.driver.session();
  try {
    // eslint-disable-next-line no-restricted-syntax -- the statement comes from the repository's own file
    const result = await session.run(`EXPLAIN ${registry.text({ name })}`);
    const ops = operators(result.summary.plan as unknown as PlanNode);
    expect(ops.filter((op) => /NodeByLabelScan|AllNodesScan|CartesianProduct/.test(op))).toEqual([]);
    expect(ops.some((op) => /IndexSeek|RelationshipTypeScan/.test(op))).toBe(true);
  } finally {
    await session.close();
  }
});
