import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { DEFAULT_ANALYSIS_CONFIG } from '../../src/config';
import { ReassignmentService } from '../../src/features/reassignment/reassignment.service';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { ReassignmentWorld } from '../support/reassignment-builders';
import { transactionsSettled } from '../support/scratch-neo4j';

/**
 * Killing the process in the middle of an apply leaves the whole change or none of it: a child
 * process applies a plan and is killed with SIGKILL at a random moment, several times.
 * 执行调整时进程被强行终止：要么全部写入，要么全部不写。
 */

const E = '2025-07-01';
const POWERS = 300;
const ROUNDS = 5;
const CHILD = join(__dirname, '..', 'support', 'reassignment-apply-child.ts');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Runs the child; kills it `delayMs` after it starts its transaction (unless it is done by then). */
function runAndKill(
  plan: object,
  reason: string,
  delayMs: number | null,
): Promise<{ ended: 'killed' | 'done'; ms: number }> {
  return new Promise((resolve, reject) => {
    let started = Date.now();
    // Node itself with tsx's require hook: the tsx CLI would run the script in a grandchild
    // process that a SIGKILL of the CLI leaves running.
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', CHILD, JSON.stringify(plan), reason], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('started') && !output.includes('armed')) {
        output += 'armed';
        started = Date.now();
        if (delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ ended: output.includes('done') ? 'done' : 'killed', ms: Date.now() - started }));
  });
}

describe('an apply killed at a random moment', () => {
  it('leaves all of the plan or none of it, every time', async () => {
    const outcomes: string[] = [];
    // Round 0 is not killed: it measures how long an apply takes, and the kills fall within 1.2 times that.
    let duration = 0;
    for (let round = 0; round <= ROUNDS; round += 1) {
      const powers = Object.fromEntries(
        Array.from({ length: POWERS }, (_, i) => [`p${i}`, { name: `处罚${i}`, exercisedBy: ['a'] }]),
      );
      const w = await new ReassignmentWorld(app, uniquePrefix('rk')).build({
        orgs: { a: { name: '甲局' }, b: { name: '乙局' }, t: { name: '某镇', township: true } },
        powers,
        handOvers: { h: { power: 'p0', from: 'a', to: 't' } },
      });
      const before = await w.checksum();
      const plan = {
        effectiveDate: E,
        operations: [{ kind: 'abolishOrganization', organizationId: w.id('a'), successorId: w.id('b') }],
      };
      const reason = `${w.prefix} kill round ${round}`;
      const delay = round === 0 ? null : Math.floor(Math.random() * duration * 1.2);
      const { ended, ms } = await runAndKill(plan, reason, delay);
      // A kill can land after the child sent COMMIT: the server then still commits. Read only
      // once the server has finished the apply's transaction one way or the other.
      await transactionsSettled(app.db.driver, 'reassignment.apply');
      if (round === 0) duration = ms;
      const changeSet = await w.changeSetByReason(reason);
      const moved = await w.exercised('b', E);
      if (changeSet === null) {
        expect({ round, moved, same: (await w.checksum()) === before }).toEqual({ round, moved: 0, same: true });
        outcomes.push(`${ended}@${delay ?? '-'}ms: nothing`);
      } else {
        expect({ round, moved, left: await w.exercised('a', E) }).toEqual({ round, moved: POWERS, left: 0 });
        await new ReassignmentService(app.db, DEFAULT_ANALYSIS_CONFIG, E).revert(
          changeSet,
          'kill test cleanup',
          'kill-test',
        );
        expect(await w.checksum()).toBe(before);
        outcomes.push(`${ended}@${delay ?? '-'}ms: all`);
      }
    }
    process.stdout.write(`kill outcomes: ${outcomes.join('; ')}\n`);
    expect(outcomes[0]).toMatch(/^done.*all$/);
    expect(outcomes).toHaveLength(ROUNDS + 1);
  }, 900_000);
});
