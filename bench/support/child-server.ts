import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { PROJECT_ROOT } from '../../src/paths';

/** An HTTP server the bench runs as a child process, so its CPU and memory are its own. */
export interface ChildServer {
  name: string;
  pid: number;
  baseUrl: string;
  /** From spawn to the first successful answer of the readiness path. */
  startMs: number;
  /** The last lines it wrote (stdout and stderr), and how it exited if it has. */
  output(): string;
  stop(): Promise<void>;
}

const TAIL_LINES = 30;

/** A port nothing listens on at 127.0.0.1 now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const BUILD_DIR = join(PROJECT_ROOT, 'bench', 'out', 'build');
let built: Promise<void> | undefined;

/**
 * Compiles the servers (bench/tsconfig.servers.json) once per bench process, so each runs as
 * deployed (the Dockerfile's `node dist/src/main.js`): plain node, no TypeScript loader. tsx in
 * the process costs the service about 37 MB of RSS (its loader thread) and five threads.
 */
function buildServers(): Promise<void> {
  built ??= promisify(execFile)(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(PROJECT_ROOT, 'bench', 'tsconfig.servers.json'),
    ],
    {
      cwd: PROJECT_ROOT,
    },
  ).then(
    () => undefined,
    (error: Error & { stdout?: string }) => {
      throw new Error(`bench/tsconfig.servers.json: tsc failed\n${error.stdout ?? error.message}`);
    },
  );
  return built;
}

/**
 * Starts `node <entry compiled>` (the node process itself, so `pid` is the server whose RSS is
 * read) with PORT set, and resolves once `readyPath` answers 200. `entry` is the TypeScript path
 * from the project root.
 */
export async function startChildServer(options: {
  name: string;
  entry: string;
  env: Record<string, string>;
  readyPath: string;
  /** Extra node options, e.g. --cpu-prof. */
  nodeArgs?: readonly string[];
  timeoutMs?: number;
}): Promise<ChildServer> {
  await buildServers();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), join(BUILD_DIR, options.entry.replace(/\.ts$/, '.js'))],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const tail: string[] = [];
  const keep = (chunk: Buffer): void => {
    tail.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== ''),
    );
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exit: { code: number | null } = { code: null };
  child.once('exit', (code) => (exit.code = code ?? -1));
  if (child.pid === undefined) throw new Error(`${options.name}: could not spawn`);
  const pid = child.pid;

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (exit.code !== null) throw new Error(`${options.name} exited (${exit.code}) during start:\n${tail.join('\n')}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${options.name} not ready within ${options.timeoutMs ?? 60_000} ms:\n${tail.join('\n')}`);
    }
    if (await answers(`${baseUrl}${options.readyPath}`)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - started;
  const output = (): string =>
    `${tail.join('\n')}${exit.code !== null || child.signalCode !== null ? `\n(exited: ${exit.code ?? child.signalCode})` : ''}`;
  return { name: options.name, pid, baseUrl, startMs, output, stop: () => stopChild(child) };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM (graceful), then SIGKILL after 10 s; only this child, by its own handle. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}
