import type { ImpactResult, ScanResult } from './analysis';
import type { ProvinceResult } from './province/measure';
import { provinceGoalRows, provinceSection } from './province/report';
import type { DatasetResult } from './dataset/build';
import type { EquivalenceResult } from './equivalence';
import type { ReadBenchResult } from './read-bench';
import type { ReadCost } from './read-costs';
import { READ_NAMES } from './read-mix';
import type { RssResult } from './rss';
import type { Machine } from './support/machine';
import { ratio } from './support/stats';
import { TARGET_LABELS, TARGET_NAMES } from './targets';

export interface BenchReport {
  mode: 'quick' | 'full';
  machine: Machine;
  dataset: DatasetResult;
  equivalence: EquivalenceResult[];
  costs: ReadCost[];
  reads: ReadBenchResult;
  scans: ScanResult | Failed;
  impact: ImpactResult | Failed;
  rss: RssResult;
  province: ProvinceResult | Failed;
  serviceStart: { samplesMs: number[]; medianMs: number };
  totalSeconds: number;
}

export interface Failed {
  error: string;
}

const failed = (v: object): v is Failed => 'error' in v;

/** The issue's goals (issue 9). */
export const GOALS = {
  apiVsRawP50: { max: 1.25 },
  apiVsNeo4jGraphqlThroughput: { min: 1.5 },
  importVsLoadCsv: { min: 0.5 },
  rssMb: { max: 300 },
  overlapScanMs: { max: 5000, atPowers: 1_000_000 },
  impactP95Ms: { max: 300 },
  serviceStartMs: { max: 2000 },
} as const;

const worstP95 = (impact: ImpactResult): number => Math.max(...Object.values(impact.plans).map((p) => p.p95Ms));

/** Issue 13's figures, measured on the province (bench/province); nulls when it failed. */
export function summariseProvince(province: ProvinceResult | Failed): Record<string, unknown> {
  const p = failed(province) ? null : province;
  const top = p?.scales[p.scales.length - 1];
  const loops = p?.scales.map((s) => s.eventLoopMaxMs).filter((v): v is number => v !== null) ?? [];
  const lateRuns = p?.scales.map((s) => s.eventLoopLateRunMs).filter((v): v is number => v !== null) ?? [];
  return {
    provincePowers: top?.powers ?? null,
    provinceCopies: top?.copies ?? null,
    scanWarmP50Ms: top?.warm.p50Ms ?? null,
    scanColdMs: top?.coldMs ?? null,
    divisionAnalysisP95Ms: p?.division.p95Ms ?? null,
    statisticsDivisionP95Ms: p?.statistics.county.p95Ms ?? null,
    analysisSummaryProvinceP95Ms: p?.statistics.provinceSummary.p95Ms ?? null,
    provinceImpactP95Ms: p ? worstP95(p.impact) : null,
    provinceImpactFirstMs: p ? worstP95(p.impactFirst) : null,
    incrementalScanMs: p ? Math.max(p.incremental.reimport.increaseMs, p.incremental.plan.increaseMs) : null,
    incrementalReimportMs: p?.incremental.reimport.increaseMs ?? null,
    incrementalPlanMs: p?.incremental.plan.increaseMs ?? null,
    // The same scans over the warm p50 of the scales (the increase as measured before 2026-12-08).
    incrementalOverWarmP50Ms: p
      ? { reimport: p.incremental.reimport.overWarmP50Ms, plan: p.incremental.plan.overWarmP50Ms }
      : null,
    scanGrowthExponent: p?.growthExponent ?? null,
    scanGrowthPoints:
      p?.scales.map((s) => ({
        powers: s.powers,
        warmP50Ms: s.warm.p50Ms,
        coldMs: s.coldMs,
        pageCache: s.load.pageCache,
      })) ?? null,
    eventLoopMaxMs: loops.length > 0 ? Math.max(...loops) : null,
    // Not a goal of its own: how much of a late turn the service's main thread ran (the rest it waited for a core).
    eventLoopLateRunMaxMs: lateRuns.length > 0 ? Math.max(...lateRuns) : null,
    provinceRssMb: p?.rss.peakMb ?? null,
    // The service's node options at the largest scale, as production chooses them for that store (src/server/node-profile.ts).
    provinceNodeOptions: top?.nodeOptions ?? null,
    provinceOverlapsPlanted: p && top ? Object.values(p.plantedPerCopy).reduce((a, b) => a + b, 0) * top.copies : null,
    provinceOverlapsReported: top ? Object.values(top.overlaps).reduce((a, b) => a + b, 0) : null,
    provinceEquivalent: p ? p.equivalence.every((e) => e.rawSame && e.neo4jGraphqlSame) : null,
    incrementalEqualsScratch: p ? p.fromScratch.every((c) => c.same) : null,
    provinceSameModel: p ? p.scales.every((s) => s.load.differences.length === 0) : null,
    provinceBuildSeconds:
      top && p ? Math.round(p.files.writeSeconds + top.load.importSeconds + top.load.indexSeconds) : null,
    ...(failed(province) ? { provinceError: province.error } : {}),
    ...(p?.failed
      ? { provinceFailedAt: { copies: p.failed.copies, powers: p.failed.powers, error: p.failed.error.slice(0, 2000) } }
      : {}),
  };
}

/** The figures the issue names, and the raw figures behind each ratio: the `--json` line. */
export function summarise(report: BenchReport): Record<string, unknown> {
  const { reads, dataset, scans, impact, rss } = report;
  const loadCsvRowsPerSec = 'rowsPerSec' in dataset.loadCsv ? dataset.loadCsv.rowsPerSec : null;
  const plans = failed(impact) ? [] : Object.values(impact.plans);
  const scan = failed(scans) ? null : scans;
  return {
    mode: report.mode,
    scale: dataset.scale,
    powers: dataset.powers.rows,
    equivalent: report.equivalence.every((e) => e.rawSame && e.neo4jGraphqlSame),
    // Issue 15: the most round trips to Neo4j any read of the mix makes (1: every read in one statement).
    roundTripsPerReadMax: report.costs.length > 0 ? Math.max(...report.costs.map((c) => c.apiRoundTrips)) : null,
    roundTripsPerRead: Object.fromEntries(report.costs.map((c) => [c.read, c.apiRoundTrips])),
    apiVsRawP50: ratio(reads.latency.api.p50 ?? Number.NaN, reads.latency.raw.p50 ?? Number.NaN),
    apiP50Ms: reads.latency.api.p50,
    rawP50Ms: reads.latency.raw.p50,
    neo4jGraphqlP50Ms: reads.latency.neo4jGraphql.p50,
    apiP99Ms: reads.latency.api.p99,
    rawP99Ms: reads.latency.raw.p99,
    neo4jGraphqlP99Ms: reads.latency.neo4jGraphql.p99,
    apiVsNeo4jGraphqlThroughput: ratio(
      reads.throughput.api.rps ?? Number.NaN,
      reads.throughput.neo4jGraphql.rps ?? Number.NaN,
    ),
    apiRps: reads.throughput.api.rps,
    rawRps: reads.throughput.raw.rps,
    neo4jGraphqlRps: reads.throughput.neo4jGraphql.rps,
    // What limits throughput: each target's server CPU and Neo4j's CPU per request (ms).
    cpuPerRequestMs: reads.cpuPerRequest,
    importVsLoadCsv: loadCsvRowsPerSec === null ? null : ratio(dataset.powers.rowsPerSec, loadCsvRowsPerSec),
    importRowsPerSec: dataset.powers.rowsPerSec,
    importRowsPerSecIncludingParsing: dataset.powers.rowsPerSecIncludingParsing,
    loadCsvRowsPerSec,
    datasetSeconds: dataset.totalSeconds,
    overlapScanMs: scan?.total.p50Ms ?? null,
    overlapScanP95Ms: scan?.total.p95Ms ?? null,
    overlapsMs: scan?.overlaps.p50Ms ?? null,
    findingsMs: scan?.findings.p50Ms ?? null,
    overlaps: scan?.overlaps.count ?? null,
    findings: scan?.findings.count ?? null,
    impactP95Ms: failed(impact) ? null : worstP95(impact),
    impactP50Ms: plans.length > 0 ? Math.max(...plans.map((p) => p.p50Ms)) : null,
    impactDepartmentPowers: failed(impact) ? null : impact.departmentPowers,
    rssMb: rss.peakMb,
    rssMedianMb: rss.medianMb,
    rssIdleMb: rss.idleMb,
    serviceStartMs: report.serviceStart.medianMs,
    ...summariseProvince(report.province),
    loadAverage: report.machine.loadAverage,
    neo4jMemory: report.machine.neo4jMemory,
    totalSeconds: report.totalSeconds,
  };
}

const fmt = (v: number | string | null | undefined): string =>
  v === null || v === undefined ? '—' : typeof v === 'number' ? v.toLocaleString('en-US') : v;
const verdict = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');

/** bench/RESULTS.md: every figure with its goal and what limits it. 生成 RESULTS.md。 */
export function renderResults(report: BenchReport): string {
  const s = summarise(report) as Record<string, number | null>;
  const { machine, dataset, reads, scans, impact, rss } = report;
  const num = (k: string): number | null => (typeof s[k] === 'number' ? s[k] : null);
  const check = (k: string, test: (v: number) => boolean): string => {
    const v = num(k);
    return verdict(v === null ? null : test(v));
  };
  const scanProjected =
    num('overlapScanMs') !== null
      ? Math.round((num('overlapScanMs')! * GOALS.overlapScanMs.atPowers) / dataset.powers.rows)
      : null;
  const lines: string[] = [];
  const p = (...l: string[]): void => {
    lines.push(...l);
  };
  p(
    '# Benchmark results / 基准测试结果',
    '',
    `Regenerated by \`npm run bench\` (bench/run.ts) — ${new Date().toISOString().slice(0, 10)}, commit ${machine.commit}, ${report.mode} run, ${Math.round(report.totalSeconds / 60)} min.`,
    "Goals are issue 9's (sections 1–7) and issue 13's (section 8). Ratios are measured side by side in the same run; absolute numbers depend on the machine and its load.",
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; RAM ${machine.ramGb} GB`,
    `- Node ${machine.node}; ${machine.neo4j} community (${
      machine.neo4jMemory
        ? `the project's jars, the bench's own scratch server: page cache ${machine.neo4jMemory.pagecache}, heap ${machine.neo4jMemory.heap} at most (bench/support/bench-neo4j.ts; QUANZE_NEO4J_PAGECACHE, QUANZE_NEO4J_HEAP); unless QUANZE_NEO4J_PAGECACHE is set, each of the province's bulk loads sizes the page cache to its store again (section 8 gives it per scale)`
        : 'the server of NEO4J_URI (--reset): its memory settings are its own'
    })`,
    `- 1-minute load average: ${machine.loadAverage.start} at the start, ${fmt(machine.loadAverage.end)} at the end. The machine is shared (other sessions run test suites and their own Neo4j on it), so it was loaded during the run: compare the ratios, not the absolute figures.`,
    `- Dataset: demo generator at scale ${dataset.scale} (seed 20240601): ${fmt(dataset.powers.rows)} power rows (including ${fmt(dataset.counts.bigDepartmentPowers)} rows of ${dataset.bigDepartment}, a department added for the impact measurement), ${fmt(dataset.counts.organizations)} organizations, ${fmt(dataset.counts.townships)} townships and streets, ${fmt(dataset.counts.handovers)} hand-overs, ${fmt(dataset.counts.whistleMatters)} whistle matters.`,
    ...(dataset.counts.renamedTownships > 0
      ? [
          `- The generator repeats township names across counties above a few counties and the importer keys organizations by name: ${fmt(dataset.counts.renamedTownships)} repeats were prefixed with their county (bench/dataset/unique-names.ts).`,
        ]
      : []),
    ...(dataset.skipped.rows > 0
      ? [
          `- ${fmt(dataset.skipped.rows)} rows of the hand-over, whistle, duty and lenient lists were refused by the importer and skipped (the generator's planted defects outside the first county name code-less powers of other departments), e.g. ${dataset.skipped.first ?? ''}.`,
        ]
      : []),
    '',
    '## Figures against the goals',
    '',
    '| figure | measured | goal | verdict |',
    '| --- | --- | --- | --- |',
    `| apiVsRawP50 (our p50 / hand-written Cypher p50, 1 client) | ${fmt(s['apiVsRawP50'])} (${fmt(s['apiP50Ms'])} / ${fmt(s['rawP50Ms'])} ms) | ≤ ${GOALS.apiVsRawP50.max} | ${check('apiVsRawP50', (v) => v <= GOALS.apiVsRawP50.max)} |`,
    `| apiVsNeo4jGraphqlThroughput (our req/s / @neo4j/graphql req/s, ${reads.options.throughput.connections} clients) | ${fmt(s['apiVsNeo4jGraphqlThroughput'])} (${fmt(s['apiRps'])} / ${fmt(s['neo4jGraphqlRps'])}) | ≥ ${GOALS.apiVsNeo4jGraphqlThroughput.min} | ${check('apiVsNeo4jGraphqlThroughput', (v) => v >= GOALS.apiVsNeo4jGraphqlThroughput.min)} |`,
    `| importVsLoadCsv (our rows/s / LOAD CSV rows/s) | ${fmt(s['importVsLoadCsv'])} (${fmt(s['importRowsPerSec'])} / ${fmt(s['loadCsvRowsPerSec'])}) | ≥ ${GOALS.importVsLoadCsv.min} | ${check('importVsLoadCsv', (v) => v >= GOALS.importVsLoadCsv.min)} |`,
    `| RSS at ${rss.connections} clients (peak MB) | ${fmt(rss.peakMb)} (median ${fmt(rss.medianMb)}, idle ${fmt(rss.idleMb)}) | ≤ ${GOALS.rssMb.max} | ${check('rssMb', (v) => v <= GOALS.rssMb.max)} |`,
    `| overlap + findings scan, p50 ms at ${fmt(dataset.powers.rows)} powers | ${fmt(s['overlapScanMs'])} (p95 ${fmt(s['overlapScanP95Ms'])}); linear projection to 1,000,000 powers: ${fmt(scanProjected)} | ≤ ${GOALS.overlapScanMs.max} at 1,000,000 powers | ${verdict(scanProjected === null ? null : scanProjected <= GOALS.overlapScanMs.max)} (projected) |`,
    `| reassignmentImpact p95 ms, ${fmt(s['impactDepartmentPowers'])}-power department (worst plan) | ${fmt(s['impactP95Ms'])} (p50 ${fmt(s['impactP50Ms'])}) | ≤ ${GOALS.impactP95Ms.max} | ${check('impactP95Ms', (v) => v <= GOALS.impactP95Ms.max)} |`,
    `| service start ms (spawn to /ready 200, median of ${report.serviceStart.samplesMs.length}) | ${fmt(s['serviceStartMs'])} | ≤ ${GOALS.serviceStartMs.max} | ${check('serviceStartMs', (v) => v <= GOALS.serviceStartMs.max)} |`,
    ...provinceGoalRows(s),
    '',
    '## 1. Dataset build',
    '',
    `Generated in ${dataset.generateSeconds} s; imported with our importer (laws, divisions, organizations, power lists, hand-overs, whistle, duty and lenient lists, in \`quanze demo\`'s order) in ${dataset.importSeconds} s; total ${dataset.totalSeconds} s.`,
    '',
    '## 2–3. Read mix: our API, the floor and @neo4j/graphql',
    '',
    "The mix, each connection cycling through it in order: an organization with its first 50 powers and their exercisers; a power with its basis and provisions; a township's first 50 hand-overs with power and source; a whistle matter with its leads, their first 20 powers and its needed powers; a search (20 hits). All as of one fixed date.",
    '',
    '- **Our API**: the service as deployed (`src/main.ts` compiled, run by plain node as the Dockerfile does; NODE_ENV=production, anonymous reads, logs at warn, rate limit raised), in a child process, POST /graphql.',
    '- **Floor**: one hand-written Cypher statement per read (cypher/bench/raw-*.cypher) through neo4j-driver, shaped into the same JSON our API returns (global ids included), **served over HTTP by a minimal Fastify route** in a child process of its own (bench/servers/raw-server.ts), so the comparison is like for like: same HTTP stack, same JSON serialisation, same client; what differs is GraphQL (parse, validate, limits, resolvers, DataLoaders) and the number and shape of the queries.',
    '- **@neo4j/graphql 7**: type definitions equivalent to ours for these reads (bench/neo4j-graphql.ts) behind the same Apollo Server 5 on Fastify, in a child process.',
    '- All three are compiled by bench/tsconfig.servers.json and run by plain node (no TypeScript loader in the measured processes).',
    '',
    `Interleaved: ${reads.options.rounds} rounds, each target in turn (rotating the order), ${reads.options.latency.seconds} s with 1 client (latency) then ${reads.options.throughput.seconds} s with ${reads.options.throughput.connections} clients (throughput); medians over the rounds. autocannon runs in the bench process on the same 2 cores as the servers and Neo4j.`,
    '',
    'Same data, checked before measuring (the floor must equal our JSON exactly; @neo4j/graphql after normalisation: stored ids, same nesting, resolved citations only, null sub-item names ordered as ours):',
    '',
    '| read | floor = API | @neo4j/graphql = API | items compared |',
    '| --- | --- | --- | --- |',
    ...report.equivalence.map(
      (e) =>
        `| ${e.read} | ${e.rawSame ? 'same' : 'DIFFERENT'} | ${e.neo4jGraphqlSame ? 'same' : 'DIFFERENT'} | ${e.items} |`,
    ),
    ...report.equivalence.filter((e) => e.difference).map((e) => `\n${e.read}: ${e.difference}`),
    '',
    '| target | p50 ms (1 client) | p99 ms (1 client) | req/s (1 client) | p50 ms | p99 ms | req/s | server CPU ms / request | Neo4j CPU ms / request | failed requests |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...TARGET_NAMES.map((n) => {
      const l = reads.latency[n];
      const t = reads.throughput[n];
      const cpu = reads.cpuPerRequest[n];
      return `| ${TARGET_LABELS[n]} | ${fmt(l.p50)} | ${fmt(l.p99)} | ${fmt(l.rps)} | ${fmt(t.p50)} | ${fmt(t.p99)} | ${fmt(t.rps)} | ${fmt(cpu.serverMs)} | ${fmt(cpu.neo4jMs)} | ${l.failures + t.failures} |`;
    }),
    '',
    `(Columns 5–9: ${reads.options.throughput.connections} clients; CPU is each process's user and system time over a throughput run's requests, from /proc, medians over the rounds. The servers, Neo4j and autocannon share the machine's cores, so throughput follows the sum of the two CPU columns.) Each read alone, 1 client, ${reads.options.perReadSeconds} s, p50 ms:`,
    '',
    `| read | ${TARGET_NAMES.map((n) => TARGET_LABELS[n]).join(' | ')} | API / floor | API round trips to Neo4j | response bytes (API / floor / @neo4j/graphql) |`,
    `| --- | ${TARGET_NAMES.map(() => '---').join(' | ')} | --- | --- | --- |`,
    ...READ_NAMES.map((r) => {
      const row = reads.perRead[r];
      const cost = report.costs.find((c) => c.read === r);
      return `| ${r} | ${TARGET_NAMES.map((n) => fmt(row[n].p50)).join(' | ')} | ${fmt(ratio(row.api.p50 ?? Number.NaN, row.raw.p50 ?? Number.NaN))} | ${fmt(cost?.apiRoundTrips)} | ${cost ? TARGET_NAMES.map((n) => fmt(cost.bytes[n])).join(' / ') : '—'} |`;
    }),
    '',
    'The floor and @neo4j/graphql make one round trip per read. The answers are the same size, so serialisation is not what differs.',
    '',
    'What limits them: our API runs a root query and then one batched (DataLoader) query per level of nesting (3–4 round trips per read here, against 1 for the floor and @neo4j/graphql), each auto-committed in a session of its own, one after the other; rows fetched by id still carry every stored property of a power (list rows leave the long texts out and load them only when asked); then GraphQL parsing, validation, the depth/alias/cost checks and per-field resolvers. On 2 cores shared with Neo4j and the load generator, each extra round trip and each unneeded kilobyte is CPU taken from the other two. @neo4j/graphql compiles each request into one Cypher statement returning only the selected fields, as the floor does.',
    '',
    '## 4. Import: our importer and LOAD CSV',
    '',
    `Our importer wrote ${fmt(dataset.powers.rows)} power rows (every power list of the dataset) in ${dataset.powers.writeSeconds} s: **${fmt(dataset.powers.rowsPerSec)} rows/s** excluding parsing (${fmt(dataset.powers.rowsPerSecIncludingParsing)} rows/s including reading the CSV files, validation and citation resolution, ${dataset.powers.parseSeconds} s).`,
    'loadCsv' in dataset && 'rowsPerSec' in dataset.loadCsv
      ? `LOAD CSV loaded the same rows (already validated and resolved, written to CSV files in the bench server's import folder and read by absolute \`file://\` URL, as no server.directories.import is configured: powers, responsibilities, BASED_ON links, sub-item links; \`CALL … IN TRANSACTIONS\`; the same nodes, properties and relationships, without the list version and audit records) in ${dataset.loadCsv.seconds.toFixed(1)} s (${Object.entries(
          dataset.loadCsv.statementSeconds,
        )
          .map(([k, v]) => `${k} ${v} s`)
          .join(', ')}): **${fmt(dataset.loadCsv.rowsPerSec)} rows/s**. Its rows were removed again afterwards.`
      : `LOAD CSV could not run: ${'error' in dataset.loadCsv ? dataset.loadCsv.error : ''}`,
    '',
    'What limits them: both end in the same index lookups and writes (Power ids, organization name keys, provisions, the full-text index on names); our importer adds per-file work (comparing with the current list, the list version, retiring rows, the hash-chained change set) and sends rows in UNWIND batches of 500 from Node, each file in one transaction; LOAD CSV streams inside the server.',
    '',
    '## 5. Analysis: overlaps, findings, reassignment impact',
    '',
    failed(scans)
      ? `The scan failed: ${scans.error}`
      : `Full scan through the API as of the mix's date: \`overlaps\` (all kinds, ${fmt(scans.overlaps.count)} overlaps, ${scans.overlaps.pages} pages of 500) then \`findings\` (all kinds, ${fmt(scans.findings.count)} findings, ${scans.findings.pages} pages), ${scans.total.runs} runs: p50 ${fmt(scans.total.p50Ms)} ms, p95 ${fmt(scans.total.p95Ms)} ms (overlaps p50 ${fmt(scans.overlaps.p50Ms)} ms, ≈ ${fmt(Math.round(scans.overlaps.p50Ms / scans.overlaps.pages))} ms a page; findings p50 ${fmt(scans.findings.p50Ms)} ms, ≈ ${fmt(Math.round(scans.findings.p50Ms / scans.findings.pages))} ms a page). Samples: ${scans.total.samplesMs.join(', ')} ms. A client reads the scan page by page (at most 500 a page), so the scan costs the sum of its page requests; the time a page shows what one request costs. The first run computes the analysis; later runs find it in the analysis cache (ADR 0003: kept while the graph is unchanged), so their time is mostly resolving each overlap’s organizations and powers (about 35 of each for a SAME_POWER overlap here), loaded by id with every stored property.`,
    '',
    `The goal is set at 1,000,000 powers; this run has ${fmt(dataset.powers.rows)}. The projection above is linear in the number of powers, which flatters any part of the scan that grows faster (pairwise name similarity, organizations compared per item).`,
    '',
    ...(failed(impact)
      ? [`\`reassignmentImpact\` failed: ${impact.error}`]
      : [
          `\`reassignmentImpact\` for ${impact.department} (${fmt(impact.departmentPowers)} powers), effective after the mix's date, up to ${Object.values(impact.plans)[0]?.runs ?? 0} runs per plan:`,
          '',
          '| plan | runs | p50 ms | p95 ms | affected powers | overlaps created | findings created |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          ...Object.entries(impact.plans).map(
            ([name, t]) =>
              `| ${name} | ${t.runs} | ${fmt(t.p50Ms)} | ${fmt(t.p95Ms)} | ${fmt(t.affectedPowers)} | ${fmt(t.overlapsCreated)} | ${fmt(t.findingsCreated)} |`,
          ),
        ]),
    '',
    'What limits them: the impact computes the analysis as of the effective date twice (without and with the plan, in a rolled-back transaction), scoped to the organizations the plan touches (ADR 0003); the side without the plan is reused while the graph is unchanged, so the first run is the slow one. This department’s items are held in all 35 counties, so the answer itself is large (about 1,700 overlaps created and 1,700 resolved, each with about 35 holders) and SAME_POWER and SIMILAR_NAME must gather those holders; rows citing a version older than the catalog are still found by a scan (their citations are JSON, not relationships).',
    '',
    '## 6. Memory under load',
    '',
    `The service's resident set (VmRSS of /proc/<pid>/status, every 100 ms) while ${rss.connections} autocannon clients ran the read mix for ${rss.seconds} s (${fmt(Math.round(rss.load.rps))} req/s, ${rss.load.failures} failed): peak ${fmt(rss.peakMb)} MB, median ${fmt(rss.medianMb)} MB, ${fmt(rss.idleMb)} MB before. What limits it: the V8 heap grows with requests in flight (each holds its DataLoader caches and result objects) until the garbage collector catches up; Node's default heap limits apply.`,
    '',
    '## 7. Service start',
    '',
    `From spawning \`node\` on the compiled service (bench/out/build/src/main.js) to the first 200 from /ready, with the database up: ${report.serviceStart.samplesMs.join(', ')} ms (median ${report.serviceStart.medianMs}). It includes Node start-up, loading the Cypher registry and schema, connecting, and applying constraints and indexes.`,
    '',
    ...(failed(report.province)
      ? ['## 8. Province (issue 13)', '', `The province measurement failed: ${report.province.error}`, '']
      : provinceSection(report.province)),
  );
  return lines.join('\n');
}
