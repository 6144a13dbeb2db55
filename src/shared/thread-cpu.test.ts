import { readFileSync } from 'node:fs';

import { procThreadCpu, procThreadSchedule } from './thread-cpu';

const onLinux = process.platform === 'linux';

/** The calling thread's schedstat fields, read the plain way. */
function schedstat(): number[] {
  return readFileSync('/proc/thread-self/schedstat', 'latin1').trim().split(' ').map(Number);
}

/** Runs the calling thread on a core for about `ms` of wall time. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

(onLinux ? describe : describe.skip)('procThreadSchedule (Linux /proc)', () => {
  it('reads what the file holds, again on every call from the one open file', () => {
    const read = procThreadSchedule()!;
    expect(read).not.toBeNull();
    // One reader (one open file) per thread, however often it is asked for.
    expect(procThreadSchedule()).toBe(read);
    const before = schedstat();
    const mine = read();
    const after = schedstat();
    // Between two plain reads: the reader parsed both fields, not a stale or partial value.
    expect(mine.runNs).toBeGreaterThanOrEqual(before[0]!);
    expect(mine.runNs).toBeLessThanOrEqual(after[0]!);
    expect(mine.waitNs).toBeGreaterThanOrEqual(before[1]!);
    expect(mine.waitNs).toBeLessThanOrEqual(after[1]!);
  });

  it("counts the thread's time on a core as it runs", () => {
    const cpu = procThreadCpu()!;
    const start = cpu();
    spin(60);
    const ran = (cpu() - start) / 1e6;
    // Spun for 60 ms of wall time: most of it on a core, however loaded the machine.
    expect(ran).toBeGreaterThan(10);
    expect(ran).toBeLessThan(1000);
  });
});
