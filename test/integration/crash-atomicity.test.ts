import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';

import { PROJECT_ROOT } from '../../src/paths';
import type { Database } from '../../src/db/database';
import { uniquePrefix } from '../support/app';
import { graphSnapshot, type GraphSnapshot } from '../support/graph-checksum';
import { ScratchNeo4j } from '../support/scratch-neo4j';

/**
 * A power-list import is one transaction: killed at any moment, the graph holds the whole file or
 * none of it. On a scratch Neo4j (its own home and port, same jars), because the database itself
 * is killed too. (a) kill -9 the `quanze import` process at moments spread over its write;
 * (b) SIGKILL Neo4j during the write, restart it on the same store, and check again — including
 * that the lists committed before the crash are still whole. 进程或数据库被杀：全有或全无。
 */

jest.setTimeout(300_000);

const ROWS = 3_000;
const HEADER = '序号,事项名称,子项名称,权力类型,事项编码,实施依据,行使主体,责任事项内容,备注';
const dir = mkdtempSync(join(tmpdir(), 'quanze-crash-'));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let scratch: ScratchNeo4j;
let driver: Driver;
let database: { db: Database; close: () => Promise<void> };

beforeAll(async () => {
  scratch = await ScratchNeo4j.start();
  driver = scratch.driver();
  database = scratch.database();
}, 240_000);
afterAll(async () => {
  await database?.close();
  await driver?.close();
  await scratch?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A list of `size` powers of one organization, every name carrying the prefix. */
function bigList(prefix: string, size = ROWS): string {
  const org = `${prefix}测试局`;
  const rows = Array.from(
    { length: size },
    (_, i) =>
      `${i + 1},对${prefix}第${i + 1}项违法行为的处罚,,行政处罚,,【法律】《中华人民共和国行政处罚法》第十条,${org},1.立案责任：依法立案；2.调查责任：调查取证,`,
  );
  const path = join(dir, `${prefix}-powers.csv`);
  writeFileSync(path, [HEADER, ...rows].join('\n'));
  return path;
}

interface Import {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

function startImport(file: string): Import {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'bin/quanze.cjs'), 'import', 'powers', file, '--json', '--valid-from', '2024-01-01'],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: scratch.uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Resolves when the import's write transaction is open on the server (ms since the call). */
async function writeBegins(run: Import): Promise<void> {
  let done = false;
  void run.exited.then(() => (done = true));
  while (!done) {
    if ((await scratch.openTransactions(driver, 'import.powers')) > 0) return;
    await sleep(25);
  }
  throw new Error(`the import ended before its write began:\n${run.output().slice(-2000)}`);
}

/** Waits until the server has no import transaction left (a killed client's is rolled back). */
async function settled(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await scratch.openTransactions(driver, 'import.powers')) > 0) {
    if (Date.now() > deadline) throw new Error('an import transaction stayed open for 30 s');
    await sleep(100);
  }
}

/**
 * Waits `ms` while the import's write stays open. Resolves with how long it had been open when it
 * ended first (the kill would come after the commit), or null when it is still open at `ms`.
 */
async function openFor(ms: number): Promise<number | null> {
  const began = performance.now();
  while (performance.now() - began < ms) {
    if ((await scratch.openTransactions(driver, 'import.powers')) === 0) return performance.now() - began;
    await sleep(20);
  }
  return null;
}

const counts = (
  s: GraphSnapshot,
): { nodes: GraphSnapshot['nodes']; relationships: GraphSnapshot['relationships'] } => ({
  nodes: s.nodes,
  relationships: s.relationships,
});
const EMPTY = { nodes: {}, relationships: {} };

/** The whole file (as an uninterrupted import wrote it, with the prefix swapped) or nothing. */
function outcome(after: GraphSnapshot, whole: ReturnType<typeof counts>): 'none' | 'all' {
  const seen = counts(after);
  if (Object.keys(seen.nodes).length === 0) {
    expect(seen).toEqual(EMPTY);
    return 'none';
  }
  expect(seen).toEqual(whole);
  return 'all';
}

describe('killed imports leave the whole file or none of it', () => {
  let whole: ReturnType<typeof counts>;
  /** How long the write transaction stays open: measured on the reference, then on each run. */
  let writeMs: number;
  const committed: string[] = [];

  it('an uninterrupted import writes the whole list in one transaction (the reference)', async () => {
    // A small import first: the first write on a fresh store plans every statement.
    expect(await startImport(bigList(uniquePrefix('热'), 50)).exited).toBe(0);
    const prefix = uniquePrefix('全');
    const run = startImport(bigList(prefix));
    await writeBegins(run);
    writeMs = (await openFor(120_000)) ?? 120_000;
    expect(await run.exited).toBe(0);
    whole = counts(await graphSnapshot(database.db, prefix));
    expect(whole.nodes).toMatchObject({ Power: ROWS, ListVersion: 1, Organization: 1 });
    expect(whole.relationships['CONTAINS']).toBe(ROWS);
    committed.push(prefix);
  });

  it('(a) kill -9 of the import process at moments spread over the write: all or nothing each time', async () => {
    const outcomes: string[] = [];
    for (const fraction of [0.05, 0.1, 0.2, 0.35, 0.5, 0.65]) {
      const prefix = uniquePrefix('杀');
      const run = startImport(bigList(prefix));
      await writeBegins(run);
      const delay = Math.round(writeMs * (fraction + Math.random() * 0.1));
      // The window shrinks as the store warms up: a write that ends first sets it for the next runs.
      const endedAfter = await openFor(delay);
      if (endedAfter !== null) writeMs = endedAfter;
      run.child.kill('SIGKILL');
      await run.exited;
      await settled();
      const result = outcome(await graphSnapshot(database.db, prefix), whole);
      if (result === 'all') committed.push(prefix);
      outcomes.push(`${delay} ms${endedAfter === null ? '' : ' (after the commit)'}: ${result}`);
    }
    // Kills inside the open transaction must have happened, or the test proved nothing.
    expect(outcomes.filter((o) => o.endsWith('none')).length).toBeGreaterThanOrEqual(1);
    console.info(
      `import killed after its write began: ${outcomes.join(', ')}; write window now ≈ ${Math.round(writeMs)} ms`,
    );
  });

  it('(b) SIGKILL of Neo4j during the write, then a restart on the same store: all or nothing, and earlier lists intact', async () => {
    const prefix = uniquePrefix('崩');
    const file = bigList(prefix);
    const run = startImport(file);
    await writeBegins(run);
    const endedAfter = await openFor(Math.round(writeMs * (0.2 + Math.random() * 0.4)));
    await scratch.kill();
    const killed = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      run.exited,
      new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 30_000))),
    ]);
    clearTimeout(timer);
    if (code === 'hung') run.child.kill('SIGKILL');
    expect(code).not.toBe('hung');
    const exitMs = Math.round(performance.now() - killed);

    const restart = performance.now();
    await scratch.startProcess();
    const restartMs = Math.round(performance.now() - restart);
    const crashed = outcome(await graphSnapshot(database.db, prefix), whole);
    for (const earlier of committed) expect(counts(await graphSnapshot(database.db, earlier))).toEqual(whole);

    // The recovered store takes the same import whole.
    const again = startImport(file);
    expect(await again.exited).toBe(0);
    expect(outcome(await graphSnapshot(database.db, prefix), whole)).toBe('all');
    console.info(
      `Neo4j killed ${endedAfter === null ? 'during' : 'after'} the write: ${crashed}; the import exited ${String(code)} after ${exitMs} ms; restart and recovery took ${restartMs} ms`,
    );
  });
});
