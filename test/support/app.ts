import { randomBytes } from 'node:crypto';

import pino from 'pino';

import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';

export const testConfig = (overrides: NodeJS.ProcessEnv = {}): Config =>
  loadConfig({ ...process.env, NODE_ENV: 'test', ...overrides });

/** A service built as in production, on the real Neo4j, without listening on a port. */
export async function startTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<App> {
  return createApp({ config: testConfig(overrides), logger: pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }) });
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

/** POSTs a query through the real HTTP pipeline (Fastify inject: body limit, headers, CSRF...). */
export async function gql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await app.http.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: { query, variables },
  });
  return { status: response.statusCode, ...response.json<Omit<GraphQLResponse<T>, 'status'>>() };
}
