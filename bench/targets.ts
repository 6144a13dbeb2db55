import { randomBytes } from 'node:crypto';

import { mintToken } from '../src/auth/mint-token';
import { loadConfig } from '../src/config';
import { chooseNodeProfile } from '../src/server/node-profile';

import { startChildServer, type ChildServer } from './support/child-server';
import { neo4jGraphqlRequests, ourRequests, READ_NAMES, type MixFixtures, type ReadName } from './read-mix';
import { rawVariables } from './raw-cypher';

/** The three servers the read mix runs against. 读取组合的三个对象。 */
export const TARGET_NAMES = ['api', 'raw', 'neo4jGraphql'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export const TARGET_LABELS: Record<TargetName, string> = {
  api: 'Quanze API (GraphQL)',
  raw: 'hand-written Cypher (floor)',
  neo4jGraphql: '@neo4j/graphql 7',
};

export interface HttpRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Target {
  name: TargetName;
  server: ChildServer;
  requests: Record<ReadName, HttpRequest>;
  /** Our service's node options, and why (the others run with node's defaults). */
  nodeOptions: { options: readonly string[]; reason: string } | null;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

const graphqlPost = (body: unknown): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: JSON_HEADERS,
  body: JSON.stringify(body),
});

function requestsFor(name: TargetName, fixtures: MixFixtures): Record<ReadName, HttpRequest> {
  const ours = ourRequests(fixtures);
  const theirs = neo4jGraphqlRequests(fixtures);
  const raw = rawVariables(fixtures);
  const entries = READ_NAMES.map((read): [ReadName, HttpRequest] => {
    switch (name) {
      case 'api':
        return [read, graphqlPost(ours[read])];
      case 'neo4jGraphql':
        return [read, graphqlPost(theirs[read])];
      case 'raw':
        return [read, { method: 'POST', path: `/read/${read}`, headers: JSON_HEADERS, body: JSON.stringify(raw[read]) }];
    }
  });
  return Object.fromEntries(entries) as Record<ReadName, HttpRequest>;
}

/** The services' token secret, one per bench run, so the bench can mint an editor token. */
const BENCH_JWT_SECRET = randomBytes(32).toString('hex');
const BENCH_METRICS_TOKEN = randomBytes(16).toString('hex');

/** `Authorization` for the service's /metrics (off in production without METRICS_TOKEN). */
export const METRICS_HEADERS = { authorization: `Bearer ${BENCH_METRICS_TOKEN}` };

/** A token with the editor role: reassignmentImpact and applyReassignment need one. */
export function benchEditorToken(): Promise<string> {
  return mintToken({ secret: BENCH_JWT_SECRET, sub: 'bench', roles: ['editor'], expiresIn: '4h' });
}

/**
 * Our service as it runs in production (`src/main.ts` compiled and run by node, as the Dockerfile does; NODE_ENV=production,
 * anonymous reads allowed), with the rate limit raised so the load is measured, not refused, and
 * logs at warn (Fastify logs every request at info).
 */
export function serviceEnv(uri: string): Record<string, string> {
  return {
    NEO4J_URI: uri,
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: BENCH_JWT_SECRET,
    // Production refuses the default password; the bench's Neo4j runs without authentication.
    NEO4J_PASSWORD: randomBytes(16).toString('hex'),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '1000000000',
    // The load comes from one address; the per-client in-flight cap would refuse it.
    CLIENT_MAX_CONCURRENT: '100000',
    // /metrics is off in production without it: the bench reads round trips and the event-loop delay there.
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
    // The bench measures how long an analysis takes; the service's budgets would cut a slow one short.
    REQUEST_BUDGET_MS: '3600000',
    ANALYSIS_BUDGET_MS: '3600000',
    // A cold province scan's first page outlasts the HTTP and transaction defaults (30 s, 60 s, 120 s).
    HTTP_REQUEST_TIMEOUT_MS: '3600000',
    HTTP_CONNECTION_TIMEOUT_MS: '3600000',
    NEO4J_TX_TIMEOUT_MS: '3600000',
  };
}

const ENTRIES: Record<TargetName, string> = {
  api: 'src/main.ts',
  raw: 'bench/servers/raw-server.ts',
  neo4jGraphql: 'bench/servers/neo4j-graphql-server.ts',
};

/**
 * `cpuProfileDir`: run the server with --cpu-prof, writing its profile there when it stops.
 * `serviceNodeOptions`: our service's node options instead of those production would choose for
 * this store (src/server/node-profile.ts; bench/probe.ts compares them).
 */
export async function startTarget(
  name: TargetName,
  uri: string,
  fixtures: MixFixtures,
  cpuProfileDir?: string,
  serviceNodeOptions?: readonly string[],
): Promise<Target> {
  const nodeOptions =
    name !== 'api'
      ? null
      : serviceNodeOptions
        ? { options: serviceNodeOptions, reason: 'given' }
        : await chooseNodeProfile(loadConfig(serviceEnv(uri)));
  const server = await startChildServer({
    name,
    entry: ENTRIES[name],
    // Our service with the node options production would start it with on this store; the others with node's defaults.
    nodeArgs: [
      ...(nodeOptions?.options ?? []),
      ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []),
    ],
    env: name === 'api' ? serviceEnv(uri) : { NEO4J_URI: uri, LOG_LEVEL: 'warn' },
    readyPath: '/ready',
  });
  return { name, server, requests: requestsFor(name, fixtures), nodeOptions };
}

/** One request as a client sends it; the parsed JSON answer. */
export async function send(target: Target, read: ReadName): Promise<unknown> {
  const r = target.requests[read];
  const response = await fetch(`${target.server.baseUrl}${r.path}`, {
    method: r.method,
    headers: r.headers,
    body: r.body,
    signal: AbortSignal.timeout(120_000),
  });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`${target.name} ${read}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}
