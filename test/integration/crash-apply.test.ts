import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { ReassignmentWorld } from '../support/reassignment-builders';
import { ScratchNeo4j } from '../support/scratch-neo4j';

/**
 * An apply is one transaction even when the database dies under it: Neo4j is killed with SIGKILL
 * while a child process applies a plan, restarted on the same store, and the graph holds the
 * whole plan or none of it. Runs on a scratch Neo4j so the shared one is never killed.
 * 执行调整时数据库被强行终止：重启后要么全部写入，要么全部不写。
 */

const E = '2025-07-01';
const POWERS = 300;
const CHILD = join(__dirname, '..', 'support', 'reassignment-apply-child.ts');
const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

let scratch: ScratchNeo4j;
let app: TestApp;

beforeAll(async () => {
  scratch = await ScratchNeo4j.start();
  app = await startTestApp({ NEO4J_URI: scratch.uri });
}, 240_000);

afterAll(async () => {
  await app?.close();
  await scratch?.stop();
}, 120_000);

async function waitUntilReady(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (await app.db.ping()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the scratch Neo4j did not come back');
}

it('SIGKILL of Neo4j during an apply, then a restart on the same store: all of the plan or none of it', async () => {
  const w = await new ReassignmentWorld(app, uniquePrefix('ck')).build({
    orgs: { a: { name: '甲局' }, b: { name: '乙局' }, t: { name: '某镇', township: true } },
    powers: Object.fromEntries(Array.from({ length: POWERS }, (_, i) => [`p${i}`, { name: `处罚${i}`, exercisedBy: ['a'] }])),
    handOvers: { h: { power: 'p0', from: 'a', to: 't' } },
  });
  const before = await w.checksum();
  const plan = {
    effectiveDate: E,
    operations: [{ kind: 'abolishOrganization', organizationId: w.id('a'), successorId: w.id('b') }],
  };
  const reason = `${w.prefix} database killed during apply`;
  const delay = 100 + Math.floor(Math.random() * 900);

  const child = spawn(TSX, [CHILD, JSON.stringify(plan), reason], {
    env: { ...process.env, NEO4J_URI: scratch.uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('started')) resolve();
    });
  });
  await new Promise((r) => setTimeout(r, delay));
  await scratch.kill();
  await exited;

  await scratch.startProcess();
  await waitUntilReady();
  const changeSet = await w.changeSetByReason(reason);
  const outcome =
    changeSet === null
      ? { changeSet: false, moved: await w.exercised('b', E), unchanged: (await w.checksum()) === before }
      : { changeSet: true, moved: await w.exercised('b', E), left: await w.exercised('a', E) };
  process.stdout.write(`apply killed with the database after ${delay} ms: ${JSON.stringify(outcome)}\n`);
  expect([
    { changeSet: false, moved: 0, unchanged: true },
    { changeSet: true, moved: POWERS, left: 0 },
  ]).toContainEqual(outcome);
}, 600_000);
