import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times: 100 on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, every thread) a process has used so far, in ms; null where /proc
 * cannot tell (another OS, a process gone). 进程已用的 CPU 时间。
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** CPU time of the server measured and of Neo4j, in ms (null: not known, or not our Neo4j). */
export interface CpuSample {
  server: number | null;
  neo4j: number | null;
}

/** The CPU each of the two processes has used so far. */
export function cpuOf(serverPid: number, neo4jPid: number | null): CpuSample {
  return { server: processCpuMs(serverPid), neo4j: neo4jPid === null ? null : processCpuMs(neo4jPid) };
}

/** The CPU each used between two samples, in ms (null where either sample is). */
export function cpuSpent(before: CpuSample, after: CpuSample): CpuSample {
  const spent = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  return { server: spent(before.server, after.server), neo4j: spent(before.neo4j, after.neo4j) };
}
