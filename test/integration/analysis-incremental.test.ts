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
import { cypher } from '../../src/db/cypher-registry';
import { FINDING_KINDS } from '../../src/features/analysis/findings/finding.model';
import { OVERLAP_KINDS } from '../../src/features/analysis/overlaps/overlap.model';
import { PartitionMap } from '../../src/features/analysis/partitions/partition-map';
import { PartitionedAnalysis } from '../../src/features/analysis/partitions/partitioned-analysis';
import { DEMO_DIR, loadDemo } from '../../src/importer/demo';
import { IMPORTERS } from '../../src/importer/kinds';
import type { ImportSummary } from '../../src/importer/summary';
import { fromGlobalId } from '../../src/shared/global-id';
import { AnalysisBuilder } from '../support/analysis-builders';
import { gql, startTestApp, testConfig, uniquePrefix, type TestApp } from '../support/app';
import { ScratchNeo4j } from '../support/scratch-neo4j';

const SECRET = 'analysis-incremental-test-secret-0123456789';
const CHANGES_SINCE = cypher('analysis/partition-changes-since');
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

/**
 * Both replicas agree with a computation from scratch, and so do the partitions they know (read
 * again after a change only where the change log says); returns how many partitions the writer
 * recomputed.
 */
async function expectBothCurrent(): Promise<number> {
  const before = writer.partitions.partitionsComputed;
  const expected = await fromScratch();
  expect(await throughApi(writer)).toEqual(expected);
  const recomputed = writer.partitions.partitionsComputed - before;
  expect(await throughApi(reader)).toEqual(expected);
  const map = (await PartitionMap.load(writer.db)).entries();
  expect(await writer.partitions.partitionEntries(writer.db)).toEqual(map);
  expect(await reader.partitions.partitionEntries(reader.db)).toEqual(map);
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
  //    with 人社局 ends. Only the city's partition (and those sharing its rows) is recomputed, and
  //    both replicas' full listings (overlaps, findings) are patched with its results, not merged again.
  const patched = [writer.partitions.listingsPatched, reader.partitions.listingsPatched];
  await reimportWithout(
    'powers',
    'powers/990181-青石市医疗保障局.csv',
    (row) => row[1] === '对定点医药机构以欺诈、伪造证明材料等手段骗取医疗保险基金支出的处罚',
    '青石市医疗保障局',
  );
  const afterImport = await expectBothCurrent();
  expect(afterImport).toBeGreaterThan(0);
  expect(afterImport).toBeLessThan(all);
  expect(writer.partitions.listingsPatched).toBe(patched[0]! + 2);
  expect(reader.partitions.listingsPatched).toBe(patched[1]! + 2);

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

  // 6. An organizations file moves 人社局 up to 示例地区: its IN_DIVISION is replaced, so the
  //    counts the fingerprint reads do not move. Its overlaps with 青石市's bureaus end.
  const before = await fromScratch();
  let seq = await changeLogHead();
  const rehomed = await importReferenceFile(
    'organizations',
    'organizations.csv',
    '名称,类型,层级,上级机构,行政区划代码,统一社会信用代码,成立日期,撤销日期,继任机构,备注\n' +
      '青石市人力资源和社会保障局,政府部门,县级,,990100,1199018110087109XD,2019-03-01,,,\n',
  );
  expect(rehomed.updated).toBe(1);
  expect(await fromScratch()).not.toEqual(before);
  // Both the division it left and the one it joined are named (here the one it left is reached
  // through its rows too; step 8 moves an organization for which it is not).
  expect(await partitionsSince(seq)).toEqual([expect.arrayContaining(['990181', '990100'])]);
  expect(await expectBothCurrent()).toBeLessThan(all);

  // 7. A divisions file renames 青石市: its name is in the wording of the city's overlaps.
  const named = await fromScratch();
  seq = await changeLogHead();
  const renamed = await importReferenceFile(
    'divisions',
    'divisions.csv',
    '行政区划代码,名称,层级,上级区划代码\n990000,示例省,省级,\n990100,示例地区,市级,990000\n990181,青石县级市,县级,990100\n',
  );
  expect(renamed.updated).toBe(1);
  expect(await fromScratch()).not.toEqual(named);
  expect(await partitionsSince(seq)).toEqual([['990181']]);
  expect(await expectBothCurrent()).toBeLessThan(all);

  // 8. The same move for an organization that shares no row with its old division's: only the
  //    division read before the file's links replace it names that partition.
  const prefix = uniquePrefix('迁移');
  const created = await importReferenceFile(
    'divisions',
    'counties.csv',
    '行政区划代码,名称,层级,上级区划代码\n990000,示例省,省级,\n990100,示例地区,市级,990000\n' +
      '990191,甲县,县级,990100\n990192,乙县,县级,990100\n',
  );
  expect(created.created).toBe(2);
  const header = '名称,类型,层级,行政区划代码\n';
  const bureaus = ['甲县住建局', '甲县城管局', '乙县住建局'].map((name) => `${prefix}${name}`);
  await importReferenceFile(
    'organizations',
    'bureaus.csv',
    header + bureaus.map((name, i) => `${name},政府部门,县级,${i < 2 ? '990191' : '990192'}\n`).join(''),
  );
  const ids = await Promise.all(bureaus.map(async (name) => fromGlobalId(await organizationId(name)).localId));
  const b = new AnalysisBuilder(writer, prefix);
  await b.powers(ids.map((id, i) => ({ key: `p${i}`, name: '对擅自占用城市绿地的处罚', holders: [id] })));
  await expectBothCurrent();
  seq = await changeLogHead();
  const moved = await importReferenceFile(
    'organizations',
    'moved.csv',
    `${header}${bureaus[1]},政府部门,县级,990192\n`,
  );
  expect(moved.updated).toBe(1);
  // Both replicas no longer serve 甲县's overlap; the change set names the division it left.
  expect(await expectBothCurrent()).toBeLessThan(all);
  expect(await partitionsSince(seq)).toEqual([['990191', '990192']]);
}, 900_000);

/** The analysis partitions each change set after `seq` names, oldest first. */
async function partitionsSince(seq: number): Promise<string[][]> {
  const rows = await writer.db.read('test.changes', CHANGES_SINCE, { seq });
  return rows.map((row) => (row['partitions'] as string[]).slice().sort());
}

async function changeLogHead(): Promise<number> {
  const rows = await writer.db.read('test.changes', CHANGES_SINCE, { seq: 0 });
  return Math.max(0, ...rows.map((row) => Number(row['seq'])));
}

/** An organizations or divisions file of these lines, imported without errors. */
async function importReferenceFile(
  kind: 'organizations' | 'divisions',
  name: string,
  csv: string,
): Promise<ImportSummary> {
  const out = join(work, name);
  writeFileSync(out, csv);
  const summary = await IMPORTERS[kind](writer.db, out, { dryRun: false, skipInvalid: false });
  expect(summary.errors).toEqual([]);
  return summary;
}
