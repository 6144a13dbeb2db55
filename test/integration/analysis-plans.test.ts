import { CypherRegistry } from '../../src/db/cypher-registry';
import { PARTITION_MEMBERS_FIXTURE, PARTITION_MEMBERS_FIXTURE_REMOVE } from '../support/analysis-builders';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';

/**
 * The overlap and authority statements, those that keep the partitioned analysis up to date
 * (issue 13), the first day a plan may take effect (reassignment/history-start, read by every
 * impact; its lists' lowest date comes from an index), a page of change sets and an organization's
 * history (the change log grows with every import and plan) start from an index (or from
 * relationships), never from a label scan, and never build a cartesian product. Only
 * analysis/partition-map and partition-members read every organization, by design: the map once
 * per process, and again only after a write the change log does not name (a change set's
 * partitions are read again alone, by partition-members-of); the members when a plan touches an
 * organization with no known division.
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
    /^analysis\/(overlap-|authority-|partition-changes-since$|partition-divisions-below$|partition-members-of$)|^reassignment\/(change-set-partitions|history-start|change-sets-page|organization-history)$/.test(
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

interface DetailedNode extends PlanNode {
  arguments: { Details?: string };
  children: DetailedNode[];
}

const detailed = (plan: DetailedNode): DetailedNode[] => [plan, ...plan.children.flatMap(detailed)];

/**
 * SAME_POWER and SAME_PROVISION group a partition's rows and keep the groups of two holders or more.
 * Most groups have one holder, so the rows' ids and names (long texts, the costliest properties to
 * read), the holders' and the provisions' are read only for the groups kept: no operator below the
 * test of a group's size reads them (an index seek's cached id is free). Reading them before cost a
 * third of SAME_POWER's work and a fifth of SAME_PROVISION's in a province (ADR 0004).
 */
it.each(['analysis/overlap-same-power', 'analysis/overlap-same-provision'])(
  '%s reads rows, holders and provisions only for the groups it keeps',
  async (name) => {
    const session = app.db.driver.session();
    try {
      // eslint-disable-next-line no-restricted-syntax -- the statement comes from the repository's own file
      const result = await session.run(`EXPLAIN ${registry.text({ name })}`);
      const nodes = detailed(result.summary.plan as unknown as DetailedNode);
      const sizeTests = nodes.filter((n) => /size\(\w+\) >= /.test(n.arguments.Details ?? ''));
      expect(sizeTests).toHaveLength(1);
      const below = detailed(sizeTests[0]!)
        .slice(1)
        .filter((n) => !n.operatorType.includes('IndexSeek'))
        .map((n) => n.arguments.Details ?? '');
      expect(
        below.filter((d) => /\b(?:p|o|\(c\.[po]\))\.(?:id|name)\b|\bpr\.(?:id|paragraph|item)\b|publishDate/.test(d)),
      ).toEqual([]);
    } finally {
      await session.close();
    }
  },
);
