/**
 * Incremental equals from scratch (issue 13). Two service replicas share one Neo4j (a scratch
 * server: no other test writes to it, so nothing is forgotten by accident). After every step of a
 * sequence of imports, applied plans and reverts, both replicas' answers through the API equal a
 * computation from scratch — the replica that made the change and the one that only reads. Both
 * keep results per division and forget only the partitions the change log names, so a missed
 * invalidation shows here as a stale overlap or finding. The replica that made no change also
 * proves that what is kept is keyed on the database's state, not on one process's memory.
 * 增量结果须与从头计算一致；两个副本共用一个 Neo4j。
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { mintToken } from '../../src/auth/mint-token';
import { FINDING_KINDS } from '../../src/features/analysis/findings/finding.model';
import { OVERLAP_KINDS } from '../../src/features/analysis/overlaps/overlap.model';
import { PartitionedAnalysis } from '../../src/features/analysis/partitions/partitioned-analysis';
import { DEMO_DIR, loadDemo } from '../../src/importer/demo';
import { IMPORTERS } from '../../src/importer/kinds';
import { gql, startTestApp, testConfig, type TestApp } from '../support/app';
import { ScratchNeo4j } from '../support/scratch-neo4j';

const SECRET = 'analysis-incremental-test-secret-0123456789';
const AS_OF = '2026-12-01';
const EFFECTIVE = '2026-06-01';

let scratch: ScratchNeo4j;
let writer: TestApp;
let reader: TestApp;
let editor: string;
const work = mkdtempSync(join(tmpdir(), 'quanze-incremental-'));

beforeAll(async () => {
  scratch = await ScratchNeo4j.start();
  writer = await startTestApp({ NEO4J_URI: scratch.uri, AUTH_JWT_SECRET: SECRET });
  reader = await startTestApp({ NEO4J_URI: scratch.uri, AUTH_JWT_SECRET: SECRET });
  editor = await mintToken({ secret: SECRET, sub: 'planner-li', roles: ['editor'], expiresIn: '1h' });
  await loadDemo(writer.db);
}, 600_000);

afterAll(async () => {
  await writer?.close();
  await reader?.close();
  await scratch?.stop();
  rmSync(work, { recursive: true, force: true });
}, 120_000);

async function post<T>(app: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const body = await gql<T>(app, query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; explanation: string } }[];
}

/** Every overlap and finding through the API, all pages: "id explanation" lines, sorted. */
async function throughApi(app: TestApp): Promise<string[]> {
  const lines: string[] = [];
  for (const field of ['overlaps', 'findings'] as const) {
    let after: string | null = null;
    for (;;) {
      const data: Record<string, Page> = await post<Record<string, Page>>(
        app,
        `query($after: String) { ${field}(asOf: "${AS_OF}", first: 500, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id explanation } } } }`,
        { after },
      );
      const page = data[field]!;
      lines.push(...page.edges.map((e) => `${e.node.id} ${e.node.explanation}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
  }
  return lines.sort();
}

/** The same, computed from scratch by an analysis that has kept nothing. */
async function fromScratch(): Promise<string[]> {
  const fresh = new PartitionedAnalysis();
  const settings = testConfig().analysis;
  const overlaps = await fresh.overlaps(writer.db, settings, AS_OF, {
    kinds: OVERLAP_KINDS,
    organizationIds: null,
    divisionCode: null,
    categories: null,
  });
  const findings = await fresh.findings(writer.db, settings, AS_OF, {
    kinds: [...FINDING_KINDS],
    organizationIds: null,
    divisionCode: null,
    severities: null,
  });
  return [...overlaps, ...findings].map((x) => `${x.id} ${x.explanation}`).sort();
}

/** Both replicas agree with a computation from scratch; returns how many partitions the writer recomputed. */
async function expectBothCurrent(): Promise<number> {
  const before = writer.partitions.partitionsComputed;
  const expected = await fromScratch();
  expect(await throughApi(writer)).toEqual(expected);
  const recomputed = writer.partitions.partitionsComputed - before;
  expect(await throughApi(reader)).toEqual(expected);
  return recomputed;
}

async function organizationId(name: string): Promise<string> {
  const data = await post<{ organizations: { edges: { node: { id: string } }[] } }>(
    writer,
    `query($name: String!) { organizations(filter: { name: $name }, first: 1) { edges { node { id } } } }`,
    { name },
  );
  return data.organizations.edges[0]!.node.id;
}

/** A copy of a demo list without the rows `drop` matches, imported as a newer list. */
async function reimportWithout(
  kind: 'powers' | 'enforcement',
  file: string,
  drop: (row: string[]) => boolean,
  org?: string,
): Promise<void> {
  const text = readFileSync(join(DEMO_DIR, file), 'utf8');
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true });
  const kept = rows.filter((row, i) => i === 0 || !drop(row));
  expect(kept.length).toBe(rows.length - 1);
  const out = join(work, file.replace(/\//g, '-'));
  writeFileSync(out, kept.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));
  const summary = await IMPORTERS[kind](writer.db, out, {
    dryRun: false,
    skipInvalid: false,
    validFrom: '2026-01-01',
    ...(org ? { org } : {}),
  });
  expect(summary.errors).toEqual([]);
  expect(summary.retired).toBe(1);
}

const PLAN = `mutation($plan: ReassignmentPlanInput!, $reason: String!) {
  applyReassignment(plan: $plan, reason: $reason) { changeSet { id } }
}`;
const REVERT = `mutation($id: ID!, $reason: String!) { revertChangeSet(id: $id, reason: $reason) { changeSet { id } } }`;

async function apply(operations: unknown[], reason: string): Promise<string> {
  const data = await post<{ applyReassignment: { changeSet: { id: string } } }>(
    writer,
    PLAN,
    { plan: { effectiveDate: EFFECTIVE, operations }, reason },
    editor,
  );
  return data.applyReassignment.changeSet.id;
}

it('keeps both replicas equal to a computation from scratch through imports, plans and reverts', async () => {
  // 0. The demo as loaded: everything is computed once.
  await expectBothCurrent();
  const all = writer.partitions.partitionsComputed;
  expect(all).toBeGreaterThanOrEqual(13);

  // 1. 医疗保障局 republishes its list without the 社会保险法 §88 row: the SAME_PROVISION overlap
  //    with 人社局 ends. Only the city's partition (and those sharing its rows) is recomputed.
  await reimportWithout(
    'powers',
    'powers/990181-青石市医疗保障局.csv',
    (row) => row[1] === '对定点医药机构以欺诈、伪造证明材料等手段骗取医疗保险基金支出的处罚',
    '青石市医疗保障局',
  );
  const afterImport = await expectBothCurrent();
  expect(afterImport).toBeGreaterThan(0);
  expect(afterImport).toBeLessThan(all);

  // 2. The township enforcement list drops 白沙镇's 赋权 from 农业农村局: its DUAL_ENFORCEMENT ends.
  await reimportWithout(
    'enforcement',
    'enforcement/990181-青石市.csv',
    (row) => row[1] === '对农村村民未经批准擅自占用土地建住宅的处罚',
  );
  expect(await expectBothCurrent()).toBeGreaterThan(0);

  // 3. A merger: 城管 into 住建 (SAME_POWER, the shared whistle lead and 青云街道's two sources change).
  const housing = await organizationId('青石市住房和城乡建设局');
  const urban = await organizationId('青石市城市管理和综合执法局');
  const merged = await apply([{ mergeOrganizations: { organizationIds: [urban], intoId: housing } }], '城管并入住建');
  expect(await expectBothCurrent()).toBeGreaterThan(0);

  // 4. Its revert: back to the state before the merger.
  await post(writer, REVERT, { id: merged, reason: '撤回合并' }, editor);
  await expectBothCurrent();

  // 5. A plan within the city's government: one power of 医疗保障局 moves to 人社局.
  const medical = await organizationId('青石市医疗保障局');
  const social = await organizationId('青石市人力资源和社会保障局');
  const powers = await post<{ node: { powers: { edges: { node: { id: string } }[] } } }>(
    writer,
    `query($id: ID!) { node(id: $id) { ... on Organization { powers(first: 1, asOf: "${AS_OF}") { edges { node { id } } } } } }`,
    { id: medical },
  );
  const powerId = powers.node.powers.edges[0]!.node.id;
  await apply([{ movePowers: { powerIds: [powerId], fromId: medical, toId: social } }], '职责调整');
  const afterMove = await expectBothCurrent();
  expect(afterMove).toBeGreaterThan(0);
  expect(afterMove).toBeLessThan(all);
}, 900_000);
