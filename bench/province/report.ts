import { INCREMENTAL_BASELINE_SCANS, type ProvinceResult } from './measure';

const PER_LABEL_TEXT = 'the first 5 nodes read from the template';

/** Issue 13's goals, and issue 18's for statistics and the analysis summary at the province's scale. */
export const PROVINCE_GOALS = {
  powers: 1_000_000,
  scanWarmP50Ms: 5000,
  scanColdMs: 60_000,
  divisionAnalysisP95Ms: 200,
  impactP95Ms: 300,
  incrementalScanMs: 1000,
  scanGrowthExponent: 1,
  rssMb: 300,
  statisticsDivisionP95Ms: 200,
  analysisSummaryProvinceP95Ms: 2000,
  eventLoopMaxMs: 50,
} as const;

const fmt = (v: number | string | null | undefined): string =>
  v === null || v === undefined ? '—' : typeof v === 'number' ? v.toLocaleString('en-US') : v;
const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const verdict = (v: number | null | undefined, max: number): string =>
  v === null || v === undefined ? 'not measured' : v <= max ? '**met**' : '**missed**';

/** The rows of the goals table, from the `--json` summary's province keys. */
export function provinceGoalRows(s: Record<string, unknown>): string[] {
  const n = (k: string): number | null => (typeof s[k] === 'number' ? s[k] : null);
  const g = PROVINCE_GOALS;
  const at = `at ${fmt(n('provincePowers'))} powers`;
  const row = (figure: string, key: string, goal: number, extra = ''): string =>
    `| ${figure} | ${fmt(n(key))}${extra} | ≤ ${fmt(goal)} | ${verdict(n(key), goal)} |`;
  return [
    row(`province: full scan warm p50 ms ${at}`, 'scanWarmP50Ms', g.scanWarmP50Ms),
    row(`province: first scan after the bulk load, ms ${at}`, 'scanColdMs', g.scanColdMs),
    row('province: one county’s overlaps + findings, p95 ms', 'divisionAnalysisP95Ms', g.divisionAnalysisP95Ms),
    row('province: reassignmentImpact p95 ms, 1,000-power department', 'provinceImpactP95Ms', g.impactP95Ms),
    row('province: one county’s statistics (by organization and category), p95 ms', 'statisticsDivisionP95Ms', g.statisticsDivisionP95Ms),
    row('province: province-wide analysisSummary, p95 ms', 'analysisSummaryProvinceP95Ms', g.analysisSummaryProvinceP95Ms),
    row('province: full scan after one county changed, ms over warm (worst of re-import, plan)', 'incrementalScanMs', g.incrementalScanMs),
    row('province: scan growth exponent (log time on log powers, 3 scales)', 'scanGrowthExponent', g.scanGrowthExponent),
    row('province: service RSS peak MB, read mix with the analysis warm', 'provinceRssMb', g.rssMb),
    row('province: event-loop delay max ms during the scans', 'eventLoopMaxMs', g.eventLoopMaxMs),
    `| province: of the scans' late event-loop turns, the most the main thread ran in one, ms (the rest of a delay it waited for a core; not a goal of its own) | ${fmt(n('eventLoopLateRunMaxMs'))} | — | — |`,
  ];
}

/** Section 8 of RESULTS.md. */
export function provinceSection(p: ProvinceResult): string[] {
  const top = p.scales[p.scales.length - 1]!;
  const { reimport, plan } = p.incremental;
  return [
    '## 8. Province (issue 13)',
    '',
    `The province is the bench city of step 1 (${fmt(p.files.templatePowers)} powers, ${fmt(p.files.templateOrganizations)} organizations, as our importer wrote it) copied as whole cities: copy 0 is the city itself, each further copy moves its prefectures to new division codes, prefixes every county and township name with a tag of its own (甲子青石市, 甲子白沙镇人民政府), and gives every id a new hash of the same form (organization ids as the importer derives them from the new name). The law catalog, the item catalog (PowerItem) and the change log exist once. Every label, property, type and relationship is read from the imported graph and written back by \`neo4j-admin database import full\` (bench/province/), so the province has the importer's model by construction; only contentHash and the Power, list and hand-over ids of copies ≥ 1 are not what the importer would compute for the renamed rows, so re-imports are measured on copy 0. Writing the CSV files (${fmt(p.files.csvMegabytes)} MB for the largest scale) took ${p.files.writeSeconds} s.`,
    '',
    '| copies | powers | rows imported | bulk import s | restart + indexes s | page cache | cold scan ms | warm scan p50 ms | overlaps | findings | event loop max ms | longest-running late turn, ms running / late | service’s node options |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...p.scales.map(
      (s) =>
        `| ${s.copies} | ${fmt(s.powers)} | ${fmt(s.load.rows)} | ${s.load.importSeconds} | ${s.load.indexSeconds} | ${s.load.pageCache ?? 'not ours'} | ${fmt(s.coldMs)} | ${fmt(s.warm.p50Ms)} | ${fmt(total(s.overlaps))} (${fmt(total(p.plantedPerCopy) * s.copies)} planted) | ${fmt(total(s.findings))} | ${fmt(s.eventLoopMaxMs)} | ${fmt(s.eventLoopLateRunMs)} / ${fmt(s.eventLoopLateDelayMs)} | ${s.nodeOptions} |`,
    ),
    '',
    `True within-government overlaps, counted from the generated files (bench/province/expected.ts: the demo's plants in every county, data/demo/EXPECTED.md, and what the 1,000-power department copies from 青石市's departments), against what the service reported at ${fmt(top.powers)} powers:`,
    '',
    '| kind | planted (true, within one government) | reported by the service |',
    '| --- | --- | --- |',
    ...Object.entries(p.plantedPerCopy).map(([kind, n]) => `| ${kind} | ${fmt(n * top.copies)} | ${fmt(top.overlaps[kind] ?? 0)} |`),
    '',
    `Model check after each bulk load: ${PER_LABEL_TEXT} of every label, read back and compared with what the importer wrote (labels, property names, types, values): ${p.scales.every((s) => s.load.differences.length === 0) ? 'identical' : `differences: ${p.scales.flatMap((s) => s.load.differences).slice(0, 5).join('; ')}`}.`,
    '',
    ...(p.failed ? [`**The scan at ×${p.failed.copies} (${fmt(p.failed.powers)} powers) failed:** ${p.failed.error.split('\n')[0]}. The figures below are those of ×${top.copies}, reloaded.`, ''] : []),
    `Growth exponent of the warm scan: ${fmt(p.growthExponent)}. The same-data check of section 2–3 on the province: ${p.equivalence.map((e) => `${e.read} ${e.rawSame && e.neo4jGraphqlSame ? 'same' : 'DIFFERENT'}`).join(', ')}.`,
    '',
    `At ${fmt(top.powers)} powers: ${p.division.name} (${p.division.code}, ${p.division.organizations} organizations): \`overlaps(filter: {divisionCode})\` and \`findings(filter: {divisionCode})\`, every page, ${p.division.runs} runs: p50 ${fmt(p.division.p50Ms)} ms, p95 ${fmt(p.division.p95Ms)} ms (${fmt(p.division.overlaps)} overlaps, ${fmt(p.division.findings)} findings). \`reassignmentImpact\` for ${p.impact.department} (${fmt(p.impact.departmentPowers)} powers): ${Object.entries(p.impact.plans).map(([name, t]) => `${name} p95 ${fmt(t.p95Ms)} ms`).join(', ')} (the first on its date, which computes the county's analysis for that date: ${Object.entries(p.impactFirst.plans).map(([name, t]) => `${name} ${fmt(t.p50Ms)} ms`).join(', ')}).`,
    '',
    `Issue 18 at the same scale, the analysis warm: ${p.division.name}'s \`statistics\` grouped by organization and category, p95 ${fmt(p.statistics.county.p95Ms)} ms; the province-wide \`analysisSummary\` (990000, ${fmt(p.statistics.overlapsInSummary)} overlaps, with the overlap matrix), p95 ${fmt(p.statistics.provinceSummary.p95Ms)} ms.`,
    '',
    `After re-importing ${reimport.file} through the importer (${reimport.retired} rows retired) the next full scan took ${fmt(reimport.scanMs)} ms, ${fmt(reimport.increaseMs)} ms over the warm scan just before it (median of ${INCREMENTAL_BASELINE_SCANS}: ${fmt(reimport.baselineMs)} ms; ${fmt(reimport.overWarmP50Ms)} ms over the warm p50 above); after \`applyReassignment\` moved five powers between two departments of 青石市, ${fmt(plan.scanMs)} ms, ${fmt(plan.increaseMs)} ms over the warm scan just before it (${fmt(plan.baselineMs)} ms; ${fmt(plan.overWarmP50Ms)} ms over the warm p50). ${p.fromScratch.length > 0 ? `Incremental against from scratch: after each change the warm service's full scan (every overlap and finding with its explanation, hashed in listing order) was compared with that of a service started then, which computes every partition: ${p.fromScratch.map((c) => `${c.step} on ${c.asOf} ${c.same ? 'identical' : '**DIFFERENT**'} (${fmt(c.overlaps)} overlaps, ${fmt(c.findings)} findings)`).join('; ')}. ` : ''}RSS of the service while 50 clients ran the read mix with the analysis warm: peak ${fmt(p.rss.peakMb)} MB, median ${fmt(p.rss.medianMb)} MB. The event-loop figure is the service's \`nodejs_eventloop_lag_max_seconds\` (prom-client's monitorEventLoopDelay, reset at each /metrics scrape) over the cold and warm scans.`,
    '',
  ];
}
