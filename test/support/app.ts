import { randomBytes } from 'node:crypto';

import pino from 'pino';

import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';

export const testConfig = (overrides: NodeJS.ProcessEnv = {}): Config =>
  loadConfig({ ...process.env, NODE_ENV: 'test', ...overrides });

export interface TestApp extends App {
  /** Base URL of the real HTTP listener on an ephemeral loopback port. */
  url: string;
  request(path: string, init?: RequestInit): Promise<Response>;
}

/** The service built as in production, on the real Neo4j, listening on an ephemeral loopback port. */
export async function startTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const app = await createApp({
    config: testConfig(overrides),
    logger: pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }),
  });
  await app.http.listen({ host: '127.0.0.1', port: 0 });
  const address = app.http.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return Object.assign(app, { url, request: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init) });
}

/** A prefix unique to one test file, so files can share the database and run in parallel. */
export function uniquePrefix(label: string): string {
  return `T${randomBytes(4).toString('hex')}${label}`;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a query over real HTTP (body limit, headers, CSRF prevention all apply). */
export async function gql<T = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await app.request('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
