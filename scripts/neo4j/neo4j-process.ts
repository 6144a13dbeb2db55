import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ENTRY_POINT, type Neo4jPaths } from './neo4j-home';

export function readPid(paths: Neo4jPaths): number | null {
  if (!existsSync(paths.pidFile)) return null;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function removePidFile(paths: Neo4jPaths): void {
  rmSync(paths.pidFile, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's, which is not ours either way.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLineOf(pid: number): string | null {
  const proc = `/proc/${pid}/cmdline`;
  try {
    if (existsSync('/proc/self/cmdline')) return readFileSync(proc, 'utf8').split('\0').join(' ');
    return execFileSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

/**
 * A recycled PID must never be signalled: the process has to be a java running our entry
 * point against this home folder.
 */
export function isOurNeo4j(pid: number, paths: Neo4jPaths): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = commandLineOf(pid);
  return (
    commandLine !== null &&
    commandLine.includes('java') &&
    commandLine.includes(ENTRY_POINT) &&
    commandLine.includes(`--home-dir=${paths.home}`)
  );
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once the process has gone, false if it is still there after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid) || isZombie(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

/** A child that exited but was not yet reaped by its parent still answers kill(pid, 0). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}
