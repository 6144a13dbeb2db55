import { readFileSync } from 'node:fs';

/** The CPU time the calling thread has run, in nanoseconds (Linux: the first field of schedstat). */
export type ThreadCpuReader = () => number;

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** The calling thread's time on a core and time waiting for one (runnable, not running), in nanoseconds. */
export interface ThreadSchedule {
  runNs: number;
  waitNs: number;
}

/**
 * The calling thread's scheduling from /proc (Linux: the first two fields of schedstat), or null
 * where there is none (not Linux, no /proc). Read from the main thread, it is the event loop's own
 * time on a core, and the time the machine kept it off one.
 * 调用线程占用 CPU 与等待 CPU 的时间（Linux）。
 */
export function procThreadSchedule(): (() => ThreadSchedule) | null {
  const read = (): ThreadSchedule => {
    const [run, wait] = readFileSync(SCHEDSTAT, 'latin1').split(' ', 2).map(Number);
    return { runNs: run ?? Number.NaN, waitNs: wait ?? Number.NaN };
  };
  try {
    const first = read();
    return Number.isFinite(first.runNs) && Number.isFinite(first.waitNs) ? read : null;
  } catch {
    return null;
  }
}

/**
 * The calling thread's CPU time from /proc, or null where there is none (not Linux, no /proc).
 * Read from the main thread, it is the event loop's own time on a core, not the process's.
 * 调用线程占用 CPU 的时间（Linux）。
 */
export function procThreadCpu(): ThreadCpuReader | null {
  const schedule = procThreadSchedule();
  return schedule && (() => schedule().runNs);
}
