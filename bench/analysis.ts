import { createHash } from 'node:crypto';

import { cypher } from '../src/db/cypher-registry';
import type { Database } from '../src/db/database';
import { toGlobalId } from '../src/shared/global-id';
import { BIG_DEPARTMENT } from './dataset/big-department';
import { postJson } from './support/post-json';
import { AS_OF, MIX_ORGANIZATION } from './read-mix';
import { percentile } from './support/stats';
import { benchEditorToken } from './targets';

const DEPARTMENT_POWERS = cypher('bench/department-powers');
const ORGANIZATION_ID = cypher('bench/organization-id');

/** Page size of the scans: the API's largest (QUERY_MAX_FIRST). */
const SCAN_PAGE = 500;
/** The plans take effect after the read mix's date. */
export const EFFECTIVE_DATE = '2026-07-01';

const OVERLAPS = `query Overlaps($asOf: Date!, $after: String, $filter: OverlapFilter) {
  overlaps(asOf: $asOf, first: ${SCAN_PAGE}, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind explanation organizations { id } powers { id } } }
  }
}`;

const FINDINGS = `query Findings($asOf: Date!, $after: String, $filter: FindingFilter) {
  findings(asOf: $asOf, first: ${SCAN_PAGE}, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind severity explanation subject { id } organizations { id } } }
  }
}`;

const IMPACT = `query Impact($plan: ReassignmentPlanInput!) {
  reassignmentImpact(plan: $plan) {
    affectedPowers { id }
    affectedEnforcementItems { id }
    affectedWhistleMatters { id }
    affectedDutyItems { id }
    affectedLenientItems { id }
    overlapsCreated { id kind }
    overlapsResolved { id kind }
    findingsCreated { id kind }
    findingsResolved { id kind }
    respondentChanges { power { id } before { id } after { id } }
  }
}`;

export interface Timing {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  samplesMs: number[];
}

export interface ScanResult {
  /** Overlaps (all kinds) then findings (all kinds), every page, as of AS_OF. */
  total: Timing;
  overlaps: Timing & { count: number; pages: number };
  findings: Timing & { count: number; pages: number };
}

export interface ImpactResult {
  department: string;
  departmentPowers: number;
  plans: Record<'abolishWithSuccessor' | 'movePowers', Timing & { affectedPowers: number; overlapsCreated: number; findingsCreated: number }>;
}

type Json = Record<string, unknown>;

/** A request of the analysis may wait this long (a cold scan page at province scale). */
const ANALYSIS_TIMEOUT_MS = 1_800_000;

/** One GraphQL request; `token` for mutations (editor role). */
export async function graphql(baseUrl: string, query: string, variables: Json, token?: string): Promise<Json> {
  const response = await postJson(
    `${baseUrl}/graphql`,
    JSON.stringify({ query, variables }),
    token ? { authorization: `Bearer ${token}` } : {},
    ANALYSIS_TIMEOUT_MS,
  );
  const body = response.body as { data?: Json; errors?: unknown };
  if (response.status !== 200 || body.errors !== undefined || body.data === undefined) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

export function timing(samplesMs: number[]): Timing {
  const rounded = samplesMs.map((ms) => Math.round(ms));
  return { runs: rounded.length, p50Ms: percentile(rounded, 50), p95Ms: percentile(rounded, 95), samplesMs: rounded };
}

interface ConnectionScan {
  ms: number;
  count: number;
  pages: number;
  /** Items per kind. */
  kinds: Record<string, number>;
  /** SHA-256 of every item as answered, in listing order: two scans with one digest gave the same answer. */
  digest: string;
}

/** Every page of one connection (`filter`: an OverlapFilter or FindingFilter); its size and page count. */
async function scan(baseUrl: string, query: string, field: string, filter: Json | null, asOf: string): Promise<ConnectionScan> {
  const started = performance.now();
  const digest = createHash('sha256');
  let after: string | null = null;
  let count = 0;
  let pages = 0;
  const kinds: Record<string, number> = {};
  for (;;) {
    const data = await graphql(baseUrl, query, { asOf, after, filter });
    const connection = data[field] as { edges: { node: { kind: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    count += connection.edges.length;
    for (const e of connection.edges) {
      kinds[e.node.kind] = (kinds[e.node.kind] ?? 0) + 1;
      digest.update(JSON.stringify(e.node));
    }
    pages += 1;
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { ms: performance.now() - started, count, pages, kinds, digest: digest.digest('hex') };
}

/** One scan of overlaps then findings on `asOf` (the read mix's date), every page, each filtered (null: the full scan). */
export async function scanOnce(
  baseUrl: string,
  filters: { overlaps: Json | null; findings: Json | null } = { overlaps: null, findings: null },
  asOf: string = AS_OF,
): Promise<{ ms: number; overlaps: ConnectionScan; findings: ConnectionScan }> {
  const overlaps = await scan(baseUrl, OVERLAPS, 'overlaps', filters.overlaps, asOf);
  const findings = await scan(baseUrl, FINDINGS, 'findings', filters.findings, asOf);
  return { ms: overlaps.ms + findings.ms, overlaps, findings };
}

/**
 * Step 5a: the full overlap and findings scan through the public API (`overlaps`, `findings`, all
 * kinds, every page), `runs` times in a row. 全量重叠与问题扫描计时。
 */
export async function timeScans(
  baseUrl: string,
  options: { runs: number; budgetMs: number },
  log: (line: string) => void,
): Promise<ScanResult> {
  const overlaps: number[] = [];
  const findings: number[] = [];
  const totals: number[] = [];
  let last = { overlaps: { count: 0, pages: 0 }, findings: { count: 0, pages: 0 } };
  const started = performance.now();
  // Fewer runs when one is slow: the runs stop once the budget is spent (at least one).
  for (let i = 0; i < options.runs && (i === 0 || performance.now() - started < options.budgetMs); i++) {
    const s = await scanOnce(baseUrl);
    overlaps.push(s.overlaps.ms);
    findings.push(s.findings.ms);
    totals.push(s.ms);
    last = s;
    log(`  scan ${i + 1}/${options.runs}: overlaps ${s.overlaps.count} in ${Math.round(s.overlaps.ms)} ms, findings ${s.findings.count} in ${Math.round(s.findings.ms)} ms`);
  }
  return {
    total: timing(totals),
    overlaps: { ...timing(overlaps), count: last.overlaps.count, pages: last.overlaps.pages },
    findings: { ...timing(findings), count: last.findings.count, pages: last.findings.pages },
  };
}

/**
 * Step 5b: `reassignmentImpact` for the 1,000-power department: abolished with a successor, and
 * all its powers moved to that successor, each `runs` times. 调整影响计时。
 */
export async function timeImpact(
  baseUrl: string,
  db: Database,
  options: { runs: number; budgetMs: number },
  log: (line: string) => void,
): Promise<ImpactResult> {
  const [department] = await db.read('bench.departmentPowers', DEPARTMENT_POWERS, { name: BIG_DEPARTMENT });
  const [successor] = await db.read('bench.organizationId', ORGANIZATION_ID, { name: MIX_ORGANIZATION });
  if (!department || !successor) throw new Error(`${BIG_DEPARTMENT} or ${MIX_ORGANIZATION} is missing`);
  const departmentId = toGlobalId('Organization', String(department['organizationId']));
  const successorId = toGlobalId('Organization', String(successor['id']));
  const powerIds = (department['powerIds'] as string[]).map((id) => toGlobalId('Power', id));
  const plans = {
    abolishWithSuccessor: { abolishOrganization: { organizationId: departmentId, successorId } },
    movePowers: { movePowers: { powerIds, fromId: departmentId, toId: successorId } },
  };
  const result = {} as ImpactResult['plans'];
  const token = await benchEditorToken();
  for (const [name, operation] of Object.entries(plans) as [keyof typeof plans, Json][]) {
    const samples: number[] = [];
    let impact: Json = {};
    const first = performance.now();
    for (let i = 0; i < options.runs && (i === 0 || performance.now() - first < options.budgetMs); i++) {
      const started = performance.now();
      const data = await graphql(baseUrl, IMPACT, { plan: { effectiveDate: EFFECTIVE_DATE, operations: [operation] } }, token);
      samples.push(performance.now() - started);
      impact = data['reassignmentImpact'] as Json;
    }
    const size = (key: string): number => (impact[key] as unknown[]).length;
    result[name] = {
      ...timing(samples),
      affectedPowers: size('affectedPowers'),
      overlapsCreated: size('overlapsCreated'),
      findingsCreated: size('findingsCreated'),
    };
    log(`  impact ${name}: p50 ${result[name].p50Ms} ms, p95 ${result[name].p95Ms} ms (${size('affectedPowers')} powers affected)`);
  }
  return { department: BIG_DEPARTMENT, departmentPowers: powerIds.length, plans: result };
}
