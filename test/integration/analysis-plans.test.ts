import { CypherRegistry } from '../../src/db/cypher-registry';
import { PARTITION_MEMBERS_FIXTURE, PARTITION_MEMBERS_FIXTURE_REMOVE } from '../support/analysis-builders';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';

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

interface ProfiledNode extends PlanNode {
  rows: number;
  children: ProfiledNode[];
}

const profiled = (plan: ProfiledNode): ProfiledNode[] => [plan, ...plan.children.flatMap(profiled)];

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

/**
 * partition-members runs in every impact's transaction. Its scan of every organization is for a plan
 * touching an organization with no known division; with `WITH unknown WHERE unknown` the planner
 * tested `unknown` after the scan, so every impact read every organization of the province
 * (50,000 at a million powers).
 */
it('analysis/partition-members scans the organizations only for an organization with no division', async () => {
  const p = uniquePrefix('pm');
  const session = app.db.driver.session();
  try {
    await app.db.write('test.partitionMembers', PARTITION_MEMBERS_FIXTURE, { p });
    const members = async (organizationIds: string[]): Promise<{ ids: string[]; scanned: number }> => {
      // eslint-disable-next-line no-restricted-syntax -- the statement comes from the repository's own file
      const result = await session.run(`PROFILE ${registry.text({ name: 'analysis/partition-members' })}`, {
        organizationIds,
      });
      const scans = profiled(result.summary.profile as unknown as ProfiledNode).filter((n) =>
        n.operatorType.startsWith('NodeByLabelScan'),
      );
      return {
        ids: (result.records[0]?.get('organizationIds') as string[]).filter((id) => id.startsWith(p)).sort(),
        scanned: scans.reduce((sum, n) => sum + n.rows, 0),
      };
    };
    expect(await members([`${p}-a`])).toEqual({ ids: [`${p}-a`, `${p}-b`], scanned: 0 });
    const unknown = await members([`${p}-a`, `${p}-c`]);
    expect(unknown.ids).toEqual([`${p}-a`, `${p}-b`, `${p}-c`]);
    expect(unknown.scanned).toBeGreaterThan(0);
  } finally {
    await app.db.write('test.partitionMembers', PARTITION_MEMBERS_FIXTURE_REMOVE, { p });
    await session.close();
  }
});
