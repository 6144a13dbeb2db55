import { cypher } from '../../src/db/cypher-registry';
import type { Database } from '../../src/db/database';
import { toGlobalId } from '../../src/shared/global-id';
import { EFFECTIVE_DATE, graphql, scanOnce, timing, type Timing } from '../analysis';
import { BIG_DEPARTMENT } from '../dataset/big-department';
import { MIX_ORGANIZATION } from '../read-mix';
import { benchEditorToken, METRICS_HEADERS } from '../targets';

const DIVISION = cypher('bench/division-organizations');
const DEPARTMENT_POWERS = cypher('bench/department-powers');

const APPLY = `mutation Apply($plan: ReassignmentPlanInput!, $reason: String!) {
  applyReassignment(plan: $plan, reason: $reason) { changeSet { id } }
}`;

const REVERT = `mutation Revert($id: ID!, $reason: String!) {
  revertChangeSet(id: $id, reason: $reason) { __typename }
}`;

/** What the service's event loop did since the last scrape of its /metrics (both figures reset at every scrape). */
export interface EventLoopFigures {
  /** The largest delay (prom-client's `nodejs_eventloop_lag_max_seconds`: perf_hooks.monitorEventLoopDelay). */
  maxMs: number | null;
  /**
   * Of the late turns, the most CPU time the main thread itself ran in one (`event_loop_late_turn_seconds`,
   * src/server/loop-watch.ts; null where /proc gives no thread's CPU time): the rest of a delay it waited for a core.
   */
  lateRunMs: number | null;
  /** How late that turn was. */
  lateDelayMs: number | null;
}

/** The service's event-loop figures since the last scrape, from its /metrics. 服务进程的事件循环延迟，以及其中主线程自己运行的时间。 */
export async function eventLoopFigures(baseUrl: string): Promise<EventLoopFigures> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: METRICS_HEADERS, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  const ms = (pattern: RegExp): number | null => {
    const seconds = pattern.exec(text)?.[1];
    return seconds === undefined ? null : Math.round(Number(seconds) * 1000);
  };
  return {
    maxMs: ms(/^quanze_nodejs_eventloop_lag_max_seconds\s+(\S+)$/m),
    lateRunMs: ms(/^quanze_event_loop_late_turn_seconds\{part="run"\}\s+(\S+)$/m),
    lateDelayMs: ms(/^quanze_event_loop_late_turn_seconds\{part="delay"\}\s+(\S+)$/m),
  };
}

export interface DivisionAnalysis extends Timing {
  code: string;
  name: string;
  organizations: number;
  overlaps: number;
  findings: number;
}

/** One county's overlaps and findings (every page, both filtered by divisionCode), `runs` times. 单个区县的重叠与问题。 */
export async function timeDivision(baseUrl: string, db: Database, runs: number): Promise<DivisionAnalysis> {
  const [row] = await db.read('bench.divisionOrganizations', DIVISION);
  if (!row) throw new Error('no county in the province');
  const code = String(row['code']);
  const filters = { overlaps: { divisionCode: code }, findings: { divisionCode: code } };
  const samples: number[] = [];
  let last = { overlaps: 0, findings: 0 };
  for (let i = 0; i < runs; i++) {
    const s = await scanOnce(baseUrl, filters);
    samples.push(s.ms);
    last = { overlaps: s.overlaps.count, findings: s.findings.count };
  }
  return { ...timing(samples), code, name: String(row['name']), organizations: (row['organizationIds'] as string[]).length, ...last };
}

const STATISTICS = `query Statistics($code: String!, $asOf: Date!) {
  statistics(scope: { divisionCode: $code }, asOf: $asOf, groupBy: [ORGANIZATION, CATEGORY]) {
    organizationCount totals { powers handOversActive whistleMatters }
    groups { organization { id } category counts { powers } }
  }
}`;

const SUMMARY = `query Summary($code: String!, $asOf: Date!) {
  analysisSummary(scope: { divisionCode: $code }, asOf: $asOf) {
    overlapCount findingCount overlapsByKind { kind count }
    matrix { organizations { id } cells { count } }
  }
}`;

/** The province every copy of the bench city belongs to (data/demo/divisions.csv; not copied). */
export const PROVINCE_CODE = '990000';

/**
 * Issue 18's figures at the province's scale: one county's `statistics` (by organization and
 * category, as the dashboard's first chart asks) and the province-wide `analysisSummary` (the
 * analysis is warm: the scans ran before), `runs` times each. 统计与汇总的耗时。
 */
export async function timeStatistics(
  baseUrl: string,
  countyCode: string,
  asOf: string,
  runs: number,
): Promise<{ county: Timing; provinceSummary: Timing; overlapsInSummary: number }> {
  const county: number[] = [];
  const province: number[] = [];
  let overlapsInSummary = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await graphql(baseUrl, STATISTICS, { code: countyCode, asOf });
    county.push(performance.now() - started);
    started = performance.now();
    const data = await graphql(baseUrl, SUMMARY, { code: PROVINCE_CODE, asOf });
    province.push(performance.now() - started);
    overlapsInSummary = (data['analysisSummary'] as { overlapCount: number }).overlapCount;
  }
  return { county: timing(county), provinceSummary: timing(province), overlapsInSummary };
}

/**
 * Applies, through `applyReassignment`, a plan touching one county: five powers of the read mix's
 * department moved to the 1,000-power department of the same city. 应用一个只涉及一个区县的调整。
 */
export async function applyOneCountyPlan(baseUrl: string, db: Database): Promise<string> {
  const [from] = await db.read('bench.departmentPowers', DEPARTMENT_POWERS, { name: MIX_ORGANIZATION });
  const [to] = await db.read('bench.departmentPowers', DEPARTMENT_POWERS, { name: BIG_DEPARTMENT });
  if (!from || !to) throw new Error(`${MIX_ORGANIZATION} or ${BIG_DEPARTMENT} is missing`);
  const token = await benchEditorToken();
  const powerIds = (from['powerIds'] as string[]).slice(0, 5).map((id) => toGlobalId('Power', id));
  const operation = {
    movePowers: {
      powerIds,
      fromId: toGlobalId('Organization', String(from['organizationId'])),
      toId: toGlobalId('Organization', String(to['organizationId'])),
    },
  };
  const data = await graphql(baseUrl, APPLY, { plan: { effectiveDate: EFFECTIVE_DATE, operations: [operation] }, reason: 'bench: one county' }, token);
  return (data['applyReassignment'] as { changeSet: { id: string } }).changeSet.id;
}

/** Reverts the change set `id` through the API, as an editor. */
export async function revertChangeSet(baseUrl: string, id: string): Promise<void> {
  await graphql(baseUrl, REVERT, { id, reason: 'bench: revert the county plan' }, await benchEditorToken());
}

/** Least-squares slope of log(ms) on log(powers): the scan's growth exponent. 增长指数。 */
export function growthExponent(points: readonly { powers: number; ms: number }[]): number | null {
  const xs = points.map((p) => Math.log(p.powers));
  const ys = points.map((p) => Math.log(p.ms));
  const n = points.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0);
  return sxx > 0 ? Math.round((sxy / sxx) * 100) / 100 : null;
}
