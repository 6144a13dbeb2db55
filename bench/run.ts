/**
 * The performance benchmark of issue 9 (`npm run bench`): dataset build, the read mix against our
 * API / hand-written Cypher / @neo4j/graphql, import against LOAD CSV, the analysis scans and
 * reassignment impact, memory under load, service start.
 *
 *   npm run bench [-- --scale 30] [--quick] [--json] [--reset] [--city-only | --province-only]
 *
 * Runs on a Neo4j of its own (scratch home and port) unless --reset, which empties NEO4J_URI's
 * database and runs there. A full run (not --quick) rewrites bench/RESULTS.md. 性能基准测试。
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Command } from 'commander';

import { timeImpact, timeScans } from './analysis';
import { buildDataset } from './dataset/build';
import { checkEquivalence } from './equivalence';
import { benchReads, type ReadBenchOptions } from './read-bench';
import { measureReadCosts } from './read-costs';
import { loadFixtures } from './read-mix';
import { measureProvince, type ProvinceProfile } from './province/measure';
import { renderResults, summarise, summariseProvince, type BenchReport } from './results';
import { sampleRssUnderLoad } from './rss';
import { openBenchNeo4j } from './support/bench-neo4j';
import { currentLoad, describeMachine } from './support/machine';
import { median } from './support/stats';
import { startTarget, TARGET_NAMES, type Target, type TargetName } from './targets';

interface Flags {
  scale?: string;
  quick?: boolean;
  json?: boolean;
  reset?: boolean;
  cpuProf?: boolean;
  provinceOnly?: boolean;
  cityOnly?: boolean;
  provinceCopies?: string;
}

interface Profile {
  scale: number;
  reads: ReadBenchOptions;
  /** Runs of each analysis measurement, and the time after which no further run starts. */
  analysis: { runs: number; impactRuns: number; budgetMs: number };
  rss: { connections: number; seconds: number };
  serviceStarts: number;
  province: ProvinceProfile;
}

const PROFILES: Record<'quick' | 'full', Profile> = {
  quick: {
    scale: 1,
    reads: {
      rounds: 3,
      latency: { connections: 1, seconds: 3 },
      throughput: { connections: 10, seconds: 3 },
      perReadSeconds: 1,
      warmupSeconds: 1,
    },
    analysis: { runs: 2, impactRuns: 3, budgetMs: 20_000 },
    rss: { connections: 50, seconds: 5 },
    serviceStarts: 1,
    // The demo city (2,835 powers) ×1, ×2, ×4.
    province: { copies: [1, 2, 4], warmRuns: 2, divisionRuns: 5, impactRuns: 3, rss: { connections: 50, seconds: 5 } },
  },
  full: {
    // About 100,000 powers (scripts/demo/generate.ts planFor).
    scale: 30,
    reads: {
      rounds: 5,
      latency: { connections: 1, seconds: 10 },
      throughput: { connections: 10, seconds: 10 },
      perReadSeconds: 5,
      warmupSeconds: 5,
    },
    analysis: { runs: 5, impactRuns: 10, budgetMs: 300_000 },
    rss: { connections: 50, seconds: 30 },
    serviceStarts: 3,
    // The scale-30 city (92,221 powers) ×1, ×3, ×11: about 92,000, 277,000 and 1,014,000 powers.
    province: {
      copies: [1, 3, 11],
      warmRuns: 3,
      divisionRuns: 20,
      impactRuns: 10,
      rss: { connections: 50, seconds: 30 },
    },
  },
};

const RESULTS_FILE = join(__dirname, 'RESULTS.md');
/** Git-ignored. */
const PROFILE_DIR = join(__dirname, 'out');

/** A measurement that may fail (a timeout at a large scale) without losing the others. */
async function attempt<T>(measure: () => Promise<T>, log: (line: string) => void): Promise<T | { error: string }> {
  try {
    return await measure();
  } catch (error) {
    // fetch reports "fetch failed" and puts the reason in `cause`.
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    const message = `${error instanceof Error ? error.message : String(error)}${cause}`;
    log(`  失败 / failed: ${message}`);
    return { error: message };
  }
}

async function main(): Promise<void> {
  const flags = new Command()
    .option('--scale <n>', '示例数据规模 / demo scale (30 ≈ 100,000 powers)')
    .option('--quick', '小规模、少轮次，几分钟内完成 / small scale, fewer rounds: a few minutes')
    .option('--json', '最后一行输出 JSON / one JSON object on the last line')
    .option('--reset', '清空 NEO4J_URI 的数据库并在其上运行 / empty the database of NEO4J_URI and run there')
    .option(
      '--cpu-prof',
      '服务以 --cpu-prof 运行，剖析文件写入 bench/out/ / profile the service (bench/out/api.cpuprofile)',
    )
    .option(
      '--province-copies <list>',
      '省级规模：城市副本数，逗号分隔、递增 / copies of the city at each province scale, e.g. 1,3,11',
    )
    .option('--city-only', '不测省级规模（第 8 步）/ skip the province (step 8); RESULTS.md is not written')
    .option(
      '--province-only',
      '只测省级规模（第 1 步与第 8 步）/ only the province (steps 1 and 8); RESULTS.md is not written',
    )
    .parse()
    .opts<Flags>();
  const mode = flags.quick ? 'quick' : 'full';
  const base = PROFILES[mode];
  const copies = flags.provinceCopies?.split(',').map(Number) ?? base.province.copies;
  if (copies.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--province-copies: whole numbers ≥ 1, e.g. 1,3,11');
  const profile = {
    ...base,
    ...(flags.scale ? { scale: Number(flags.scale) } : {}),
    province: { ...base.province, copies },
  };
  if (!Number.isFinite(profile.scale) || profile.scale < 1)
    throw new Error('--scale 须为 ≥1 的数 / --scale must be a number ≥ 1');
  // With --json, progress goes to stderr so stdout ends with the JSON line alone.
  const log = (line: string): void => {
    (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  };
  const started = performance.now();

  const neo4j = await openBenchNeo4j({ reset: flags.reset === true, log });
  const targets: Partial<Record<TargetName, Target>> = {};
  try {
    const machine = describeMachine(neo4j.agent, neo4j.memory());
    log(`[1/6] 数据集 / dataset at scale ${profile.scale} on ${neo4j.uri}`);
    const dataset = await buildDataset(neo4j.db, { scale: profile.scale, csvDir: neo4j.csvDir, log });
    const province = (): Promise<BenchReport['province']> => {
      log(`[8] 省级 / province: the city ×${profile.province.copies.join(', ×')}`);
      return attempt(() => measureProvince(neo4j, profile.scale, profile.province, log), log);
    };
    if (flags.provinceOnly) {
      const summary = {
        mode,
        scale: profile.scale,
        ...summariseProvince(await province()),
        loadAverage: { ...machine.loadAverage, end: currentLoad() },
        // As the server runs at the end: the top scale's figures were measured with it.
        neo4jMemory: neo4j.memory(),
      };
      if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else log(JSON.stringify(summary, null, 2));
      return;
    }
    const fixtures = await loadFixtures(neo4j.db);

    log('[7] 服务启动 / service start');
    const startSamples: number[] = [];
    for (let i = 0; i < profile.serviceStarts; i++) {
      const api = await startTarget('api', neo4j.uri, fixtures, flags.cpuProf ? PROFILE_DIR : undefined);
      startSamples.push(Math.round(api.server.startMs));
      if (i < profile.serviceStarts - 1) await api.server.stop();
      else targets.api = api;
    }
    log(`  ${startSamples.join(', ')} ms`);
    targets.raw = await startTarget('raw', neo4j.uri, fixtures);
    targets.neo4jGraphql = await startTarget('neo4jGraphql', neo4j.uri, fixtures);
    const all = targets as Record<TargetName, Target>;

    log('[2-3] 读取组合 / read mix: same data?');
    const equivalence = await checkEquivalence(all.api, all.raw, all.neo4jGraphql);
    for (const e of equivalence) {
      log(
        `  ${e.read}: floor ${e.rawSame ? 'same' : 'DIFFERENT'}, @neo4j/graphql ${e.neo4jGraphqlSame ? 'same' : 'DIFFERENT'} (${e.items} items)${e.difference ? ` — ${e.difference}` : ''}`,
      );
    }
    const costs = await measureReadCosts(all);
    for (const c of costs)
      log(
        `  ${c.read}: API ${c.apiRoundTrips} round trips; bytes ${TARGET_NAMES.map((n) => `${n} ${c.bytes[n]}`).join(', ')}`,
      );
    const reads = await benchReads(all, profile.reads, log, neo4j.pid());

    log('[5] 分析 / analysis scans and reassignment impact');
    const { runs, impactRuns, budgetMs } = profile.analysis;
    const scans = await attempt(() => timeScans(all.api.server.baseUrl, { runs, budgetMs }, log), log);
    const impact = await attempt(
      () => timeImpact(all.api.server.baseUrl, neo4j.db, { runs: impactRuns, budgetMs }, log),
      log,
    );

    log(`[6] 内存 / RSS under ${profile.rss.connections} clients`);
    for (const name of TARGET_NAMES) await all[name].server.stop();
    targets.api = await startTarget('api', neo4j.uri, fixtures);
    const rss = await sampleRssUnderLoad(targets.api, profile.rss);
    log(`  peak ${rss.peakMb} MB, median ${rss.medianMb} MB, idle ${rss.idleMb} MB`);
    await targets.api.server.stop();
    const provinceResult = flags.cityOnly ? { error: 'not measured (--city-only)' } : await province();

    machine.loadAverage.end = currentLoad();
    const report: BenchReport = {
      mode,
      machine,
      dataset,
      equivalence,
      costs,
      reads,
      scans,
      impact,
      rss,
      province: provinceResult,
      serviceStart: { samplesMs: startSamples, medianMs: median(startSamples) },
      totalSeconds: Math.round((performance.now() - started) / 1000),
    };
    if (mode === 'full' && !flags.cityOnly) {
      writeFileSync(RESULTS_FILE, renderResults(report));
      log(`已写入 / wrote ${RESULTS_FILE}`);
    }
    const summary = summarise(report);
    if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary, details: report })}\n`);
    else log(JSON.stringify(summary, null, 2));
  } finally {
    for (const name of TARGET_NAMES) await targets[name]?.server.stop();
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
