/**
 * `npm run soak` (issue 14): the service in its own process on the local Neo4j, 50 clients for
 * 60 s, each with its own address (X-Forwarded-For behind TRUST_PROXY=127.0.0.1): 40 read like
 * people do, 10 send the attack classes back to back. Reports the p99 of the normal reads against
 * two baselines: one reader alone, and the same 40 readers without the attackers (what the hostile
 * requests themselves cost the normal reads, apart from the machine's capacity), plus the 5xx
 * count, the server's peak RSS and the machine's load average. Not part of the test suite.
 * 浸泡测试：50 个客户端 60 秒，混合正常读取与恶意请求。
 *
 *   npm run soak [-- --seconds 60 --clients 50 --hostile 10 --json]
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { startChildServer } from '../bench/support/child-server';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 60);
const CLIENTS = arg('clients', 50);
const HOSTILE = arg('hostile', 10);
const JSON_OUT = process.argv.includes('--json');

const NORMAL = [
  '{ organizations(first: 5) { totalCount edges { node { id name } } } }',
  '{ powers(first: 5) { edges { node { id name category } } } }',
  '{ whistleMatters(first: 5) { edges { node { id name } } } }',
  '{ search(text: "市场监督", first: 5) { __typename } }',
  '{ organizations(first: 3) { edges { node { powers(first: 3) { totalCount } } } } }',
];

const aliasBomb = (levels: number): string =>
  `{ organizations(first: 1) { edges { node { ...F0 } } } } ${Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Organization { id }`
      : `fragment F${i} on Organization { a: parent { ...F${i + 1} } b: parent { ...F${i + 1} } }`,
  ).join(' ')}`;

interface Hostile {
  body: string;
  headers?: Record<string, string>;
}
const q = (query: string, variables: Record<string, unknown> = {}): string => JSON.stringify({ query, variables });
const HOSTILE_REQUESTS: Hostile[] = [
  { body: q(aliasBomb(40)) },
  { body: q(`{ organizations(first: 1) { edges { node { ${'parent { '.repeat(30)}id${' }'.repeat(30)} } } } }`) },
  { body: q('{ organizations(first: 500) { edges { node { whistleMattersLed(first: 500) { edges { node { id } } } } } } }') },
  { body: q('query Q($n: Int) { organizations(first: $n) { edges { node { powers(first: $n) { edges { node { exercisedBy { powers(first: $n) { totalCount } } } } } } } } }', { n: null }) },
  { body: q(`{ ${Array.from({ length: 3 }, (_, i) => `o${i}: overlaps(first: 0, asOf: "202${i}-01-01") { totalCount } f${i}: findings(first: 0, asOf: "202${i}-01-01") { totalCount }`).join(' ')} }`) },
  { body: q(`{ __schema { types { ${'fields { type { '.repeat(9)} name ${'} } '.repeat(9)} } } }`) },
  { body: q(`{ ${'__typename '.repeat(50_000)}}`) },
  { body: q('{ organizations(first: 1) { totalCount } }'), headers: { authorization: 'Bearer a.b.c' } },
  { body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))) },
  { body: q(`{ __typename } # ${'x'.repeat(2 << 20)}`) },
  { body: q('{ neighborhood(ids: ["T3JnYW5pemF0aW9uOng="], depth: 3, limit: 2000) { nodes { id } edges { id } } }') },
];

interface Sample {
  ms: number;
  status: number;
}

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function send(baseUrl: string, ip: string, body: string, headers: Record<string, string> = {}): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

const rssOf = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
};

/** One normal reader: a read, then a pause as a person (or page) would make, until `until`. */
async function reader(baseUrl: string, ip: string, until: number, out: Sample[]): Promise<void> {
  for (let i = 0; Date.now() < until; i += 1) {
    out.push(await send(baseUrl, ip, q(NORMAL[i % NORMAL.length]!)));
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function attacker(baseUrl: string, ip: string, until: number, out: Sample[], offset: number): Promise<void> {
  for (let i = offset; Date.now() < until; i += 1) {
    const h = HOSTILE_REQUESTS[i % HOSTILE_REQUESTS.length]!;
    out.push(await send(baseUrl, ip, h.body, h.headers ?? {}));
  }
}

async function main(): Promise<void> {
  const server = await startChildServer({
    name: 'soak',
    entry: 'src/main.ts',
    env: {
      NEO4J_URI: process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '127.0.0.1',
    },
    readyPath: '/ready',
  });
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssOf(server.pid)), 500);
  try {
    // Warm up, then the unloaded baseline: one reader alone.
    const warm: Sample[] = [];
    await reader(server.baseUrl, '10.9.9.9', Date.now() + 3_000, warm);
    const unloaded: Sample[] = [];
    await reader(server.baseUrl, '10.9.9.8', Date.now() + 10_000, unloaded);
    const rssBefore = rssOf(server.pid);
    const readers = CLIENTS - HOSTILE;
    const readerIp = (c: number): string => `10.2.${Math.floor(c / 200)}.${(c % 200) + 1}`;

    // The same readers without the attackers, for as long (a third of the run, at least 20 s).
    const quietUntil = Date.now() + Math.max(20, SECONDS / 3) * 1000;
    const quiet: Sample[] = [];
    await Promise.all(Array.from({ length: readers }, (_, c) => reader(server.baseUrl, readerIp(c + 500), quietUntil, quiet)));
    const load = loadavg()[0] ?? 0;

    const until = Date.now() + SECONDS * 1000;
    const normal: Sample[] = [];
    const hostile: Sample[] = [];
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, c) =>
        c < HOSTILE
          ? attacker(server.baseUrl, `10.1.0.${c + 1}`, until, hostile, c)
          : reader(server.baseUrl, readerIp(c), until, normal),
      ),
    );
    const ok = (s: Sample[]): number[] => s.filter((x) => x.status === 200).map((x) => x.ms);
    const count = (s: Sample[], test: (status: number) => boolean): number => s.filter((x) => test(x.status)).length;
    const statuses = (s: Sample[]): Record<string, number> =>
      s.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.status]: (acc[String(x.status)] ?? 0) + 1 }), {});
    const result = {
      seconds: SECONDS,
      clients: CLIENTS,
      hostileClients: HOSTILE,
      unloaded: { requests: unloaded.length, p50Ms: percentile(ok(unloaded), 50), p99Ms: percentile(ok(unloaded), 99) },
      withoutAttackers: {
        requests: quiet.length,
        p50Ms: percentile(ok(quiet), 50),
        p99Ms: percentile(ok(quiet), 99),
        statuses: statuses(quiet),
      },
      normal: {
        requests: normal.length,
        p50Ms: percentile(ok(normal), 50),
        p99Ms: percentile(ok(normal), 99),
        maxMs: Math.max(...normal.map((x) => x.ms)),
        statuses: statuses(normal),
      },
      hostile: { requests: hostile.length, p99Ms: percentile(hostile.map((x) => x.ms), 99), statuses: statuses(hostile) },
      fiveHundreds: count([...normal, ...hostile], (s) => s >= 500),
      networkErrors: count([...normal, ...hostile], (s) => s === 0),
      rssMb: { beforeLoad: Math.round(rssBefore / 2 ** 20), peak: Math.round(Math.max(...rss) / 2 ** 20) },
    };
    const ratio = result.normal.p99Ms / result.unloaded.p99Ms;
    const hostileRatio = result.normal.p99Ms / result.withoutAttackers.p99Ms;
    const lines = [
      `soak: ${SECONDS} s, ${CLIENTS} clients (${HOSTILE} hostile)`,
      `normal reads unloaded: p50 ${result.unloaded.p50Ms.toFixed(1)} ms, p99 ${result.unloaded.p99Ms.toFixed(1)} ms (${unloaded.length} requests)`,
      `normal reads under load: p50 ${result.normal.p50Ms.toFixed(1)} ms, p99 ${result.normal.p99Ms.toFixed(1)} ms, max ${result.normal.maxMs.toFixed(0)} ms (${normal.length} requests, statuses ${JSON.stringify(result.normal.statuses)})`,
      `the same ${readers} readers without attackers: p50 ${result.withoutAttackers.p50Ms.toFixed(1)} ms, p99 ${result.withoutAttackers.p99Ms.toFixed(1)} ms (${quiet.length} requests, statuses ${JSON.stringify(result.withoutAttackers.statuses)})`,
      `p99 ratio loaded/alone: ${ratio.toFixed(2)}; with attackers/without: ${hostileRatio.toFixed(2)} (target ≤ 3)`,
      `hostile: ${hostile.length} requests, p99 ${result.hostile.p99Ms.toFixed(1)} ms, statuses ${JSON.stringify(result.hostile.statuses)}`,
      `5xx: ${result.fiveHundreds}; network errors: ${result.networkErrors}`,
      `server RSS: ${result.rssMb.beforeLoad} MB before load, peak ${result.rssMb.peak} MB`,
      `machine: ${cpus().length} cores, load average ${load.toFixed(1)} before the run, ${(loadavg()[0] ?? 0).toFixed(1)} after`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (JSON_OUT) process.stdout.write(`${JSON.stringify({ ...result, p99Ratio: ratio, p99RatioToWithoutAttackers: hostileRatio })}\n`);
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
