import { procThreadCpu, type ThreadCpuReader } from '../shared/thread-cpu';
import { LoopWatch } from './loop-watch';

const linux = process.platform === 'linux';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds the main thread on a core until it has run `ms` of CPU (not of wall time: a loaded machine may preempt it). */
function spin(read: ThreadCpuReader, ms: number): void {
  const until = read() + ms * 1e6;
  while (read() < until) {
    // busy
  }
}

/** Holds the main thread off every core for `ms`: late, but not running. */
function block(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

(linux ? describe : describe.skip)('LoopWatch (the main thread running, or waiting for a core)', () => {
  const read = procThreadCpu()!;
  let watch: LoopWatch;

  beforeEach(async () => {
    watch = new LoopWatch(read).start();
    await sleep(30);
    watch.take();
  });
  afterEach(() => watch.stop());

  it('reads the main thread CPU time from /proc', () => {
    expect(read).not.toBeNull();
    const before = read();
    spin(read, 5);
    expect(read() - before).toBeGreaterThanOrEqual(5e6);
  });

  it('counts a turn the thread spent running as running', async () => {
    spin(read, 120);
    await sleep(25);
    const turn = watch.take();
    expect(turn).not.toBeNull();
    expect(turn!.runMs).toBeGreaterThanOrEqual(110);
    expect(turn!.delayMs).toBeGreaterThanOrEqual(turn!.runMs);
  });

  it('counts a turn the thread spent off the CPU as late but not running', async () => {
    block(120);
    await sleep(25);
    const turn = watch.take();
    expect(turn).not.toBeNull();
    expect(turn!.delayMs).toBeGreaterThanOrEqual(110);
    expect(turn!.runMs).toBeLessThan(60);
  });

  it('keeps the late turn that ran longest, and starts anew after each take', async () => {
    block(80);
    await sleep(25);
    spin(read, 90);
    await sleep(25);
    block(100);
    await sleep(25);
    expect(watch.take()!.runMs).toBeGreaterThanOrEqual(80);
    const next = watch.take();
    expect(next === null || next.runMs < 20).toBe(true);
  });

  it('stops its timer', async () => {
    watch.stop();
    spin(read, 60);
    await sleep(25);
    expect(watch.take()).toBeNull();
  });
});
