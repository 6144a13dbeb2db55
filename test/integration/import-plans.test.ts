import { CypherRegistry } from '../../src/db/cypher-registry';
import { startTestApp, type TestApp } from '../support/app';

/**
 * Every import statement finds its nodes through an index or a constraint: no label scan, no
 * all-nodes scan. The few that read a whole label on purpose are listed with the reason.
 */
const WHOLE_LABEL_ON_PURPOSE: Record<string, string> = {
  'import/laws-existing': 'compares every law version of the catalog with the file',
  'import/laws-catalog': 'rebuilds the whole law catalog in memory for citation resolution',
  'import/laws-article-index': 'reads every article once for the same catalog',
  'import/graph-is-empty': 'looks at one organization at most (LIMIT 1)',
  'import/organizations-of-types': 'what 各街道/各乡镇 stand for: every organization of a type',
  'import/law-links-pending': 'finds rows citing an older law version by their stored citations (no index serves CONTAINS), once per graph',
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const registry = CypherRegistry.load();
const statements = registry
  .names()
  .filter((n) => (n.startsWith('import/') || n.startsWith('per-kind/current:')) && !(n in WHOLE_LABEL_ON_PURPOSE));

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType, ...plan.children.flatMap(operators)];
}

it('covers the import statements', () => {
  expect(statements.length).toBeGreaterThan(30);
});

it.each(statements)('%s finds every node by an index, never by scanning a label', async (name) => {
  const session = app.db.driver.session();
  try {
    // eslint-disable-next-line no-restricted-syntax -- the statement comes from the repository's own file
    const result = await session.run(`EXPLAIN ${registry.text({ name })}`);
    const ops = operators(result.summary.plan as unknown as PlanNode);
    expect(ops.filter((op) => /NodeByLabelScan|AllNodesScan/.test(op))).toEqual([]);
  } finally {
    await session.close();
  }
});
