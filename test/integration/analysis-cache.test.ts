/**
 * The kept analysis (partitions/partitioned-analysis.ts): paging through overlaps or findings computes the
 * analysis once while the graph is unchanged, and any change to the graph shows on the next
 * request. Measured in database round trips, never in time.
 */
import pino from 'pino';

import { createContext } from '../../src/context';
import { toGlobalId } from '../../src/shared/global-id';
import { AnalysisBuilder } from '../support/analysis-builders';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';

const OVERLAPS = `query($filter: OverlapFilter) {
  overlaps(filter: $filter, asOf: "2025-06-01", first: 10) { totalCount edges { node { id } } }
}`;
const FINDINGS = `query($filter: FindingFilter) {
  findings(filter: $filter, asOf: "2025-06-01", first: 10) { totalCount edges { node { id kind } } }
}`;

let app: TestApp;
let b: AnalysisBuilder;
const prefix = uniquePrefix('缓存');
const org: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  b = new AnalysisBuilder(app, prefix);
  await b.graph.divisions([{ code: 'cty', name: '甲县', level: 'COUNTY' }]);
  const ids = await b.graph.orgs([
    { name: '住建局', orgType: 'GOV_DEPT', divisionCode: 'cty' },
    { name: '城管局', orgType: 'GOV_DEPT', divisionCode: 'cty' },
  ]);
  org['d1'] = ids[0]!;
  org['d2'] = ids[1]!;
  await b.powers([{ key: 'p1', name: '对占用城市道路堆放物料的处罚', holders: [org['d1']] }]);
});

afterAll(async () => {
  await app.close();
});

/** Runs one operation in a fresh request context, counting its database round trips. */
async function run<T>(query: string, variables: Record<string, unknown>): Promise<{ trips: number; data: T }> {
  const counter = { count: 0 };
  const contextValue = createContext({
    db: app.db.withCounter(counter),
    logger: pino({ level: 'silent' }),
    requestId: `cache-${counter.count}`,
    user: { sub: 'planner', roles: ['planner'] },
  });
  const response = await app.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return { trips: counter.count, data: response.body.singleResult.data as T };
}

const mine = (): Record<string, unknown> => ({
  organizationIds: [org['d1']!, org['d2']!].map((id) => toGlobalId('Organization', id)),
});

it('computes overlaps once while the graph is unchanged, and again after it changed', async () => {
  type Data = { overlaps: { totalCount: number } };
  const filter = { ...mine(), kinds: ['SAME_POWER'] };
  const first = await run<Data>(OVERLAPS, { filter });
  expect(first.data.overlaps.totalCount).toBe(0);
  const again = await run<Data>(OVERLAPS, { filter });
  expect(again.data).toEqual(first.data);
  // Only the fingerprint: no analysis statement ran.
  expect(again.trips).toBe(1);
  expect(first.trips).toBeGreaterThan(again.trips);

  // A second holder of the same item: the next request sees the new overlap.
  await b.powers([{ key: 'p2', name: '对占用城市道路堆放物料的处罚', holders: [org['d2']!] }]);
  const changed = await run<Data>(OVERLAPS, { filter });
  expect(changed.data.overlaps.totalCount).toBe(1);
  expect(changed.trips).toBeGreaterThan(1);
});

it('computes the findings once while the graph is unchanged', async () => {
  type Data = { findings: { totalCount: number; edges: { node: { kind: string } }[] } };
  const filter = { ...mine(), kinds: ['NO_BASIS', 'NO_RESPONSIBILITY'] };
  // A change first, so that nothing of an earlier request (overlaps compute findings too) is kept.
  await b.powers([{ key: 'p3', name: '对擅自占用城市绿地的处罚', holders: [org['d1']!] }]);
  const first = await run<Data>(FINDINGS, { filter });
  expect(first.data.findings.totalCount).toBeGreaterThan(0);
  const again = await run<Data>(FINDINGS, { filter });
  expect(again.data).toEqual(first.data);
  expect(first.trips).toBeGreaterThan(again.trips);
  expect(again.trips).toBe(1);
});

it("answers the findings' subjects by id without reading them, with the ids a full read gives", async () => {
  type Data = { findings: { edges: { node: { id: string; subject: { __typename: string; id: string } } }[] } };
  const query = (subject: string): string => `query($filter: FindingFilter) {
    findings(filter: $filter, asOf: "2025-06-01", first: 10) { edges { node { id subject { ${subject} } } } }
  }`;
  const filter = { ...mine(), kinds: ['NO_BASIS', 'NO_RESPONSIBILITY'] };
  await run<Data>(query('id'), { filter });
  const ids = await run<Data>(query('__typename id ... on Power { id }'), { filter });
  const full = await run<Data>(query('__typename id ... on Power { name }'), { filter });
  // Only the fingerprint: the subjects were found by the kept analysis.
  expect(ids.trips).toBe(1);
  expect(full.trips).toBe(2);
  const subjects = (d: Data): unknown[] =>
    d.findings.edges.map((e) => ({ __typename: e.node.subject.__typename, id: e.node.subject.id }));
  expect(subjects(ids.data)).toEqual(subjects(full.data));
  expect(subjects(ids.data)).toContainEqual({ __typename: 'Power', id: toGlobalId('Power', b.powerId('p1')) });
});

it('reuses the world without the plan for a second impact on the same organizations and date', async () => {
  const IMPACT = `query($plan: ReassignmentPlanInput!) {
    reassignmentImpact(plan: $plan) { overlapsCreated { id } overlapsResolved { id } findingsCreated { id } findingsResolved { id } }
  }`;
  // A date no listing above asked for: the first impact computes the partition's analysis on it.
  const plan = {
    effectiveDate: '2025-07-01',
    operations: [
      {
        movePowers: {
          powerIds: [toGlobalId('Power', b.powerId('p1'))],
          fromId: toGlobalId('Organization', org['d1']!),
          toId: toGlobalId('Organization', org['d2']!),
        },
      },
    ],
  };
  const counted = (): Promise<{ trips: number; data: unknown }> => run(IMPACT, { plan });
  const first = await counted();
  const second = await counted();
  expect(second.data).toEqual(first.data);
  // The "before" side (the partition's kept analysis: one statement per kind) is not run again.
  expect(first.trips - second.trips).toBeGreaterThanOrEqual(10);
});
