/**
 * Side-by-side probes on one province (issue 13), for the figures `npm run bench` gives once per
 * run: the service's scans, reassignment impact and memory, measured again and again on one
 * bulk-loaded store, alternately with other node options. Not the goals' figures (those are the
 * bench's); what ADR 0004's rounds compare.
 *
 *   npm run bench:probe -- [--scale 10] [--copies 33] [--rounds 2] [--impact-runs 16]
 *                          [--rss-seconds 15] [--node-options "--max-semi-space-size=16 …"]
 *
 * Builds the bench city at the scale and bulk-loads the province at the copies on a Neo4j of its
 * own, then, each round, for production's node options and each `--node-options` in turn: a new
 * service, its cold scan (with the CPU seconds the service and Neo4j spent on it: a computation from
 * scratch is mostly Neo4j's) and two warm scans, impact (the bench's two plans: the first on their
 * date, then `--impact-runs` more), and its RSS under the read mix with what it is made of (V8's heap
 * spaces from /metrics; the pages of each mapping from /proc/<pid>/smaps). One line per service,
 * and a JSON object on the last line. Only the first service's cold scan follows the bulk load; the
 * others find Neo4j warm. To compare commits, run it in a checkout of each. 省级规模的对照测量。
 */
import { readFileSync } from 'node:fs';

import { Command } from 'commander';

import { scanOnce, timeImpact } from './analysis';
import { buildDataset } from './dataset/build';
import { Province } from './province/build';
import { eventLoopFigures } from './province/analysis';
import { loadFixtures } from './read-mix';
import { sampleRssUnderLoad } from './rss';
import { openBenchNeo4j } from './support/bench-neo4j';
import { currentLoad } from './support/machine';
import { cpuOf, cpuSpent } from './support/process-cpu';
import { METRICS_HEADERS, startTarget } from './targets';

interface Flags {
  scale: string;
  copies: string;
  rounds: string;
  impactRuns: string;
  rssSeconds: string;
  nodeOptions: string[];
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const whole = (flag: string, value: string, min: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: a whole number ≥ ${min}, not "${value}"`);
  return n;
};

/** MB of each V8 heap space, committed and used, from the service's own metrics. */
async function heapSpaces(baseUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${baseUrl}/metrics`, { headers: METRICS_HEADERS })).text();
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = /^quanze_nodejs_heap_space_size_(total|used)_bytes\{space="(\w+)"\} (\d+)/.exec(line);
    if (m && Number(m[3]) > 0) out[`${m[2]}.${m[1]}`] = Math.round(Number(m[3]) / 2 ** 20);
  }
  return out;
}

/** MB resident in each mapping of the process (the node binary, anonymous memory, malloc's heap…), largest first. */
function residentByMapping(pid: number): [string, number][] {
  const kb = new Map<string, number>();
  let mapping = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      mapping = header[1] || '[anonymous]';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kb.set(mapping, (kb.get(mapping) ?? 0) + Number(rss[1]));
  }
  return [...kb]
    .map(([name, size]): [string, number] => [name, Math.round(size / 102.4) / 10])
    .filter(([, mb]) => mb >= 1)
    .sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const flags = new Command()
    .option('--scale <n>', '城市规模 / the bench city’s scale', '10')
    .option('--copies <n>', '城市副本数 / copies of the city in the province', '33')
    .option('--rounds <n>', '每组参数启动服务的轮数 / services started per node options', '2')
    .option('--impact-runs <n>', '每个方案的影响分析次数 / impact runs per plan', '16')
    .option('--rss-seconds <n>', '读请求负载秒数 / seconds of the read mix', '15')
    .option(
      '--node-options <options...>',
      '另一组 node 参数，与生产参数交替 / other node options, alternated with production’s',
      [],
    )
    .parse()
    .opts<Flags>();
  const scale = whole('--scale', flags.scale, 1);
  const copies = whole('--copies', flags.copies, 1);
  const rounds = whole('--rounds', flags.rounds, 1);
  const impactRuns = whole('--impact-runs', flags.impactRuns, 1);
  const rssSeconds = whole('--rss-seconds', flags.rssSeconds, 1);
  // undefined: the options production would choose for this store (src/server/node-profile.ts).
  const variants = [undefined, ...flags.nodeOptions.map((o) => o.split(/\s+/).filter(Boolean))];

  const neo4j = await openBenchNeo4j({ reset: false, log });
  const runs: Record<string, unknown>[] = [];
  try {
    await buildDataset(neo4j.db, { scale, csvDir: neo4j.csvDir, log });
    const province = await Province.prepare(neo4j, copies, log);
    let powers: number;
    try {
      powers = (await province.load(copies, log)).powers;
    } finally {
      province.dispose();
    }
    const fixtures = await loadFixtures(neo4j.db);
    for (let round = 1; round <= rounds; round++) {
      for (const nodeOptions of variants) {
        const api = await startTarget('api', neo4j.uri, fixtures, undefined, nodeOptions);
        try {
          const url = api.server.baseUrl;
          await eventLoopFigures(url);
          const cpuBefore = cpuOf(api.server.pid, neo4j.pid());
          const cold = await scanOnce(url);
          const coldCpu = cpuSpent(cpuBefore, cpuOf(api.server.pid, neo4j.pid()));
          const coldLoop = await eventLoopFigures(url);
          const seconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 100) / 10);
          const warm = [(await scanOnce(url)).ms, (await scanOnce(url)).ms].map(Math.round);
          await timeImpact(url, neo4j.db, { runs: 1, budgetMs: 600_000 }, log);
          const impact = await timeImpact(url, neo4j.db, { runs: impactRuns, budgetMs: 600_000 }, log);
          const rss = await sampleRssUnderLoad(api, { connections: 50, seconds: rssSeconds });
          const run = {
            round,
            nodeOptions: api.nodeOptions?.options.join(' ') ?? '',
            powers,
            coldMs: Math.round(cold.ms),
            coldCpuSeconds: { service: seconds(coldCpu.server), neo4j: seconds(coldCpu.neo4j) },
            coldEventLoop: coldLoop,
            warmMs: warm,
            impact: Object.fromEntries(
              Object.entries(impact.plans).map(([plan, t]) => [plan, { p50Ms: t.p50Ms, p95Ms: t.p95Ms }]),
            ),
            rssPeakMb: rss.peakMb,
            rssMedianMb: rss.medianMb,
            heapMb: await heapSpaces(url),
            residentMb: Object.fromEntries(residentByMapping(api.server.pid).slice(0, 6)),
            overlaps: cold.overlaps.count,
            findings: cold.findings.count,
            load: currentLoad(),
          };
          runs.push(run);
          log(`  ${JSON.stringify(run)}`);
        } finally {
          await api.server.stop();
        }
      }
    }
  } finally {
    await neo4j.close();
  }
  process.stdout.write(`${JSON.stringify({ scale, copies, runs })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
