import { randomUUID } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

import { createTokenVerifier } from './auth/verify-token';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { PartitionedAnalysis } from './features/analysis/partitions/partitioned-analysis';
import { CypherRegistry } from './db/cypher-registry';
import { createDriver, Database, serviceTimeouts } from './db/database';
import { applySchema } from './db/migrate';
import { createLogger } from './logger';
import { buildSchema } from './schema';
import { registerAuthentication } from './server/authentication';
import { costLimitPlugin } from './server/cost-limit';
import { errorLoggingPlugin, formatError } from './server/error-masking';
import { registerHttpErrors } from './server/http-errors';
import { registerGraphPage } from './server/static';
import { createMetrics } from './server/metrics';
import { shapeLimitRule } from './server/query-limits';

/** The default of BODY_LIMIT_BYTES (config.limits.bodyBytes). */
export const BODY_LIMIT_BYTES = 1_048_576;

export interface App {
  http: FastifyInstance;
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  /** This process's kept analysis (issue 13), for the bench and the tests that count its work. */
  partitions: PartitionedAnalysis;
  /** Stops accepting requests, drains them, then closes the driver. */
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  logger?: Logger;
  /** Tests may share one driver across apps. */
  driver?: Driver;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the service without listening: loads the Cypher registry (fails on a missing file),
 * checks the database, applies constraints and indexes, and wires Apollo into Fastify.
 * 构建服务但不监听端口。
 */
export async function createApp({ config, logger = createLogger(config), driver }: AppOptions): Promise<App> {
  const registry = CypherRegistry.load();
  const ownDriver = driver === undefined;
  const metrics = createMetrics();
  const neo4jDriver = driver ?? metrics.instrumentDriver(createDriver(config.neo4j));
  const db = new Database(
    neo4jDriver,
    config.neo4j.database,
    registry,
    logger,
    { count: 0 },
    serviceTimeouts(config.neo4j),
  );
  try {
    await neo4jDriver.verifyConnectivity({ database: config.neo4j.database });
    await applySchema(db, registry);
  } catch (error) {
    if (ownDriver) await neo4jDriver.close();
    throw error;
  }

  // Fastify's types for a custom pino instance clash with exactOptionalPropertyTypes; the
  // instance is an ordinary FastifyInstance at run time.
  const http = Fastify({
    loggerInstance: logger,
    bodyLimit: config.limits.bodyBytes,
    // A slow body or slow headers are cut (408); idle and kept-alive sockets are closed.
    requestTimeout: config.timeouts.httpRequestMs,
    connectionTimeout: config.timeouts.httpConnectionMs,
    keepAliveTimeout: config.timeouts.httpKeepAliveMs,
    http: { headersTimeout: config.timeouts.httpHeadersMs, connectionsCheckingInterval: 1_000 },
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }) as unknown as FastifyInstance;
  http.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerHttpErrors(http, config.limits);
  metrics.register(http, '/metrics');
  // No CORS_ORIGINS: no CORS headers, so browsers keep other origins out.
  await http.register(fastifyCors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: false,
    maxAge: 600,
  });
  // Authentication runs in an application hook, before the route-level rate limit keys on its subject.
  registerAuthentication(http, {
    path: '/graphql',
    verifier: createTokenVerifier(config.auth),
    requireRead: config.auth.requireRead,
  });
  await http.register(fastifyRateLimit, {
    global: false,
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    keyGenerator: (request) => (request.user ? `sub:${request.user.sub}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: 'rate limited',
      retryAfter: context.after,
    }),
  });

  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // No "Did you mean ...?" field suggestions in production. 生产环境不提示字段名。
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // A syntax bomb stops at the token limit: GRAPHQL_PARSE_FAILED, 400.
    parseOptions: { maxTokens: config.limits.tokens },
    // Expanded size: Apollo's own rule, which memoises each fragment's count.
    maxRecursiveSelections: config.limits.selections,
    validationRules: [shapeLimitRule(config.limits)],
    plugins: [
      fastifyApolloDrainPlugin(http),
      metrics.apolloPlugin,
      costLimitPlugin(config.limits),
      errorLoggingPlugin,
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  await registerGraphPage(http);
  http.get('/health', () => Promise.resolve({ status: 'ok' }));
  http.get('/ready', async (_request, reply) => {
    const up = await db.ping();
    return reply.code(up ? 200 : 503).send({ status: up ? 'ready' : 'unavailable', neo4j: up });
  });
  // This process's analysis results (issue 13): kept per division, checked against the database on every request.
  const partitions = new PartitionedAnalysis(config.analysisWork);
  const handler = fastifyApolloHandler(apollo, {
    context: (request) =>
      Promise.resolve(
        createContext({
          db: db.withBudget(config.timeouts.requestBudgetMs),
          logger: request.log,
          requestId: String(request.id),
          user: request.user,
          analysis: config.analysis,
          partitions,
          impactAnonymous: config.auth.impactAnonymous,
        }),
      ),
  });
  http.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler, config: { rateLimit: {} } });

  return {
    http,
    apollo,
    db,
    logger,
    partitions,
    close: async () => {
      await http.close();
      if (ownDriver) await neo4jDriver.close();
    },
  };
}
