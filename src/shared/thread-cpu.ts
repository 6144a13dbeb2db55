import { readFileSync } from 'node:fs';

/** The CPU time the calling thread has run, in nanoseconds (Linux: the first field of schedstat). */
export type ThreadCpuReader = () => number;

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * The calling thread's CPU time from /proc, or null where there is none (not Linux, no /proc).
 * Read from the main thread, it is the event loop's own time on a core, not the process's.
 * 调用线程占用 CPU 的时间（Linux）。
 */
export function procThreadCpu(): ThreadCpuReader | null {
  const read = (): number => Number(readFileSync(SCHEDSTAT, 'latin1').split(' ', 1)[0]);
  try {
    return Number.isFinite(read()) ? read : null;
  } catch {
    return null;
  }
}
