/**
 * The partitioned analysis's bounds (issue 13): identical analyses in flight are computed once,
 * distinct ones take turns up to a cap and beyond a queue are refused with HTTP 503 and
 * Retry-After, what is kept is bounded, and a change forgets only the partitions it touches.
 * Counted in partitions computed, never in time.
 */
import { PartitionedAnalysis } from '../../src/features/analysis/partitions/partitioned-analysis';
import { FINDING_KINDS } from '../../src/features/analysis/findings/finding.model';
import { OVERLAP_KINDS } from '../../src/features/analysis/overlaps/overlap.model';
import { toGlobalId } from '../../src/shared/global-id';
import { AnalysisBuilder } from '../support/analysis-builders';
import { startTestApp, testConfig, uniquePrefix, type TestApp } from '../support/app';

let app: TestApp;
let b: AnalysisBuilder;
const prefix = uniquePrefix('分区');
const org: Record<string, string> = {};
const ITEM = '对擅自占用城市绿地的处罚';

beforeAll(async () => {
  app = await startTestApp({ ANALYSIS_MAX_CONCURRENT: '1', ANALYSIS_MAX_QUEUED: '0' });
  b = new AnalysisBuilder(app, prefix);
  await b.graph.divisions([
    { code: 'a', name: '甲县', level: 'COUNTY' },
    { code: 'b', name: '乙县', level: 'COUNTY' },
  ]);
  const ids = await b.graph.orgs([
    { name: '甲县住建局', orgType: 'GOV_DEPT', divisionCode: 'a' },
    { name: '甲县城管局', orgType: 'GOV_DEPT', divisionCode: 'a' },
    { name: '乙县住建局', orgType: 'GOV_DEPT', divisionCode: 'b' },
  ]);
  [org['a1'], org['a2'], org['b1']] = ids as [string, string, string];
  await b.powers([
    { key: 'a1', name: ITEM, holders: [org['a1']] },
    { key: 'a2', name: ITEM, holders: [org['a2']] },
    { key: 'b1', name: ITEM, holders: [org['b1']] },
    // No longer exercised on the dates read: an ORPHANED finding (a kind of the second half).
    { key: 'a3', name: '对在城市绿地内擅自设置广告的处罚', holders: [{ organizationId: org['a2'], validTo: '2025-01-01' }] },
  ]);
});

afterAll(async () => {
  await app.close();
});

const filter = (ids: readonly string[]) => ({
  kinds: OVERLAP_KINDS,
  organizationIds: [...ids],
  divisionCode: null,
  categories: null,
});

it('computes identical analyses in flight once', async () => {
  const analysis = new PartitionedAnalysis();
  const ids = [org['a1']!, org['b1']!];
  const [x, y] = await Promise.all([
    analysis.overlaps(app.db, testConfig().analysis, '2025-06-01', filter(ids)),
    analysis.overlaps(app.db, testConfig().analysis, '2025-06-01', filter(ids)),
  ]);
  expect(y).toEqual(x);
  // Two partitions (甲县, 乙县), each computed once for both requests.
  expect(analysis.partitionsComputed).toBe(2);
  // One overlap: 甲县's two bureaus; 乙县's bureau holds the same item in another government.
  expect(x.map((o) => [o.kind, o.divisionCode, o.organizationIds.length])).toEqual([
    ['SAME_POWER', b.graph.code('a'), 2],
  ]);
});

it('refuses an analysis beyond the cap and the queue, and takes it once there is room', async () => {
  const analysis = new PartitionedAnalysis({
    maxConcurrent: 1,
    maxQueued: 0,
    maxKeptItems: 1000,
    batchOrganizations: 10,
    batchParallel: 1,
  });
  let finish!: () => void;
  const held = analysis.withTurn(() => new Promise<void>((resolve) => (finish = resolve)));
  await expect(
    analysis.overlaps(app.db, testConfig().analysis, '2025-06-01', filter([org['a1']!])),
  ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5 } });
  finish();
  await held;
  const after = await analysis.overlaps(app.db, testConfig().analysis, '2025-06-01', filter([org['a1']!]));
  expect(after).toHaveLength(1);
});

it('answers a refused request over HTTP with 503 and Retry-After', async () => {
  let finish!: () => void;
  const held = app.partitions.withTurn(() => new Promise<void>((resolve) => (finish = resolve)));
  try {
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($ids: [ID!]) { overlaps(asOf: "2024-02-02", filter: { organizationIds: $ids }) { totalCount } }`,
        variables: { ids: [toGlobalId('Organization', org['a1']!)] },
      }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });
    expect(body.errors[0]!.extensions['http']).toBeUndefined();
  } finally {
    finish();
    await held;
  }
});

it('keeps no more than its bound, and recomputes what it let go', async () => {
  const analysis = new PartitionedAnalysis({ maxConcurrent: 2, maxQueued: 8, maxKeptItems: 1, batchOrganizations: 1, batchParallel: 2 });
  const ids = [org['a1']!, org['b1']!];
  await analysis.overlaps(app.db, testConfig().analysis, '2025-06-01', filter(ids));
  expect(analysis.keptItemCount).toBeLessThanOrEqual(1);
  const computed = analysis.partitionsComputed;
  await analysis.overlaps(app.db, testConfig().analysis, '2025-07-01', filter(ids));
  expect(analysis.partitionsComputed).toBeGreaterThan(computed);
});

it('reads a partition larger than its share in several transactions, with the same answer', async () => {
  const findingFilter = { kinds: null, organizationIds: [org['a1']!, org['a2']!], divisionCode: null, severities: null };
  const read = async (analysis: PartitionedAnalysis) => ({
    overlaps: await analysis.overlaps(app.db, testConfig().analysis, '2025-06-01', filter([org['a1']!])),
    findings: await analysis.findings(app.db, testConfig().analysis, '2025-06-01', findingFilter),
  });
  const options = { maxConcurrent: 2, maxQueued: 8, maxKeptItems: 1000, batchOrganizations: 2000 };
  // One stream: 甲县 is one batch, read in one transaction after the other.
  const serial = new PartitionedAnalysis({ ...options, batchParallel: 1 });
  // Two streams and one partition of two organizations: more than a batch's share (one).
  const split = new PartitionedAnalysis({ ...options, batchParallel: 2 });
  const one = await read(serial);
  const other = await read(split);
  expect(serial.batchesSplit).toBe(0);
  expect(split.batchesSplit).toBe(1);
  expect(other).toEqual(one);
  expect(one.overlaps).toHaveLength(1);
  // Findings of both halves of the kinds (alternate kinds): a half lost would show here.
  const kinds = new Set(one.findings.map((f) => f.kind));
  expect([...kinds].some((k) => FINDING_KINDS.indexOf(k) % 2 === 0)).toBe(true);
  expect([...kinds].some((k) => FINDING_KINDS.indexOf(k) % 2 === 1)).toBe(true);
});
