import { closeSync, openSync, readSync } from 'node:fs';

/** The CPU time the calling thread has run, in nanoseconds (Linux: the first field of schedstat). */
export type ThreadCpuReader = () => number;

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** The calling thread's time on a core and time waiting for one (runnable, not running), in nanoseconds. */
export interface ThreadSchedule {
  runNs: number;
  waitNs: number;
}

/** Enough for schedstat's three numbers. */
const SCHEDSTAT_BYTES = 96;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const ZERO = 0x30;

/** The decimal number of `buf` from `start` to the next space, line end or the end: NaN if there is none. */
function numberAt(buf: Buffer, start: number, end: number): [value: number, next: number] {
  let value = 0;
  let i = start;
  for (; i < end && buf[i] !== SPACE && buf[i] !== NEWLINE; i += 1) {
    const digit = buf[i]! - ZERO;
    if (digit < 0 || digit > 9) return [Number.NaN, i];
    value = value * 10 + digit;
  }
  return [i === start ? Number.NaN : value, i + 1];
}

/** This thread's reader, opened on first use (undefined: not yet tried; null: none here). */
let opened: (() => ThreadSchedule) | null | undefined;

/**
 * The scheduling of the thread that calls this, from /proc (Linux: the first two fields of
 * schedstat), or null where there is none (not Linux, no /proc). Called from the main thread, the
 * reader gives the event loop's own time on a core, and the time the machine kept it off one.
 * The file stays open and each read is one pread into one buffer: the event-loop watch reads it
 * every 10 ms for the service's life (src/server/loop-watch.ts), and opening, reading and closing
 * it each time, with a string to split, cost about ten times as much. One reader per thread (a
 * module's state is a thread's own), however many services a process creates, so no file is left
 * open per service. 调用线程占用 CPU 与等待 CPU 的时间（Linux）。
 */
export function procThreadSchedule(): (() => ThreadSchedule) | null {
  if (opened === undefined) opened = openSchedule();
  return opened;
}

function openSchedule(): (() => ThreadSchedule) | null {
  let fd: number;
  try {
    // /proc/thread-self names the thread that opens it: the reader keeps reading that thread.
    fd = openSync(SCHEDSTAT, 'r');
  } catch {
    return null;
  }
  const buf = Buffer.alloc(SCHEDSTAT_BYTES);
  const read = (): ThreadSchedule => {
    const end = readSync(fd, buf, 0, SCHEDSTAT_BYTES, 0);
    const [runNs, next] = numberAt(buf, 0, end);
    const [waitNs] = numberAt(buf, next, end);
    return { runNs, waitNs };
  };
  try {
    const first = read();
    if (Number.isFinite(first.runNs) && Number.isFinite(first.waitNs)) return read;
  } catch {
    // Unreadable: as if there were none.
  }
  closeSync(fd);
  return null;
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
