import { randomUUID } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
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
import { paceBoltConnections } from './db/read-pacing';
import { applySchema } from './db/migrate';
import { StatisticsRepository } from './features/statistics/statistics.repository';
import { today } from './shared/dates';
import { storePendingBasisLevels } from './importer/powers/basis-levels';
import { storePendingCodeParts } from './importer/powers/code-parts';
import { linkStoredLawCitations } from './importer/powers/law-links';
import { createLogger } from './logger';
import { buildSchema } from './schema';
import { registerAuthentication } from './server/authentication';
import { costLimitPlugin } from './server/cost-limit';
import { introspectionCache } from './server/introspection-cache';
import { errorLoggingPlugin, formatError } from './server/error-masking';
import { registerHttpErrors } from './server/http-errors';
import { registerGraphPage } from './server/static';
import { registerChangeFeed } from './server/change-feed';
import { jitExecutor, jitGateway, type JitExecutor } from './server/jit-executor';
import { ChangeFeed } from './features/change-request/change-feed';
import { createMetrics } from './server/metrics';
import { shapeLimitRule } from './server/query-limits';
import { sendRefusal } from './server/http-errors';
import { InFlight, Semaphore } from './shared/concurrency';

/** The default of BODY_LIMIT_BYTES (config.limits.bodyBytes). */
export const BODY_LIMIT_BYTES = 1_048_576;

export interface App {
  http: FastifyInstance;
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  /** This process's kept analysis (issue 13), for the bench and the tests that count its work. */
  partitions: PartitionedAnalysis;
  /** Change requests' state changes and publications, as the SSE route tells them (issue 19). */
  changeFeed: ChangeFeed;
  /** The gate analyses and heavy reads share (HEAVY_MAX_CONCURRENT): tests hold it to show who is refused. */
  heavyGate: Semaphore;
  /** The executor of operations clients repeat (src/server/jit-executor.ts); null with GRAPHQL_COMPILE_AFTER=0. */
  executor: JitExecutor | null;
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
/** Validation errors reported for one document before validation stops. */
export const MAX_VALIDATION_ERRORS = 10;

/**
 * Builds the service without listening: loads the Cypher registry (fails on a missing file),
 * checks the database, applies constraints and indexes, and wires Apollo into Fastify.
 * 构建服务但不监听端口。
 */
export async function createApp({ config, logger = createLogger(config), driver }: AppOptions): Promise<App> {
  const registry = CypherRegistry.load();
  const ownDriver = driver === undefined;
  const metrics = createMetrics();
  // One network read per turn of the event loop (a province's analysis streams megabytes of rows),
  // and the writes of one turn sent as one.
  paceBoltConnections(config.neo4j.uri);
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
    await linkStoredLawCitations(db);
    await storePendingCodeParts(db);
    await storePendingBasisLevels(db);
    // The dashboard's first request would otherwise plan its statements (issue 18).
    await new StatisticsRepository(db).prepare(today());
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
    // request.ip: the socket's address unless TRUST_PROXY names the proxies in front.
    // Fastify accepts a hop count at run time (proxy-addr); its types list only the other forms.
    trustProxy: config.trustProxy as boolean | string,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }) as unknown as FastifyInstance;
  http.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerHttpErrors(http, config.limits);
  // Every route registered after this is limited per client address, in onRequest: before
  // authentication (so a flood of invalid tokens is counted) and before the body is read.
  // /health and /metrics are exempt: polled by orchestrators and scrapers, they touch no data.
  await http.register(fastifyRateLimit, {
    global: true,
    hook: 'onRequest',
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    keyGenerator: (request) => `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: 'rate limited',
      retryAfter: context.after,
    }),
  });
  const production = config.nodeEnv === 'production';
  if (!production || config.metricsToken !== null) {
    metrics.register(http, '/metrics', production ? config.metricsToken : null);
  } else {
    metrics.register(http, null, null);
  }
  // No CORS_ORIGINS: no CORS headers, so browsers keep other origins out.
  await http.register(fastifyCors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: false,
    maxAge: 600,
  });
  // Authentication runs before the body is parsed, after the rate limit.
  const verifier = createTokenVerifier(config.auth);
  registerAuthentication(http, {
    path: '/graphql',
    verifier,
    requireRead: config.auth.requireRead,
  });
  // A few requests in flight per client: one client cannot hold every Neo4j session.
  const inFlight = new InFlight(config.concurrency.perClient);
  http.addHook('preParsing', async (request, reply, payload) => {
    if (request.routeOptions.url !== '/graphql' || request.method === 'OPTIONS') return payload;
    const leave = inFlight.enter(`ip:${request.ip}`);
    if (leave === null) {
      reply.header('retry-after', '1');
      return sendRefusal(
        request,
        reply,
        429,
        'RATE_LIMITED',
        '同时进行的请求过多，请稍后重试 / too many requests in flight from this client, retry shortly',
      );
    }
    reply.raw.once('close', leave);
    return payload;
  });

  const analysisGate = {
    gate: new Semaphore(config.concurrency.analyses, config.concurrency.analysisQueue),
    waitMs: config.concurrency.analysisWaitMs,
    budgetMs: config.timeouts.analysisBudgetMs,
  };
  const introspection = introspectionCache(config.introspection);
  const schema = buildSchema();
  const executor = config.executor.compileAfter > 0 ? jitExecutor(schema, config.executor) : null;
  const apollo = new ApolloServer<Context>({
    // Operations a client repeats run compiled; Apollo takes another executor through its gateway interface.
    ...(executor ? { gateway: jitGateway(schema, executor) } : { schema }),
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
    // Apollo wraps each validation error in another whose constructor formats the first one's stack
    // (source-mapped under tsx, about 0.2 ms each): graphql-js's default of 100 errors let a 1 KB
    // document of repeated directives hold the event loop for 20-40 ms. Ten are enough to fix a query.
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    plugins: [
      // On by default, and it wraps every field's resolver to collect cache hints we never set:
      // a province's overlap listing resolves millions of fields. 不使用缓存提示，关闭逐字段包装。
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(http),
      metrics.apolloPlugin,
      costLimitPlugin(config.limits, analysisGate),
      introspection.plugin,
      errorLoggingPlugin,
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  await registerGraphPage(http);
  // Change requests' state changes and publications (issue 19), this process's own.
  const changeFeed = new ChangeFeed();
  registerChangeFeed(http, changeFeed, verifier);
  http.get('/health', { config: { rateLimit: false } }, () => Promise.resolve({ status: 'ok' }));
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
          db: db.withBudget(config.timeouts.requestBudgetMs, new Semaphore(config.concurrency.sessionsPerRequest)),
          logger: request.log,
          requestId: String(request.id),
          user: request.user,
          analysis: config.analysis,
          partitions,
          impactAnonymous: config.auth.impactAnonymous,
          changeRequests: config.changeRequests,
          changeFeed,
        }),
      ),
  });
  http.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler });

  return {
    http,
    apollo,
    db,
    logger,
    partitions,
    changeFeed,
    heavyGate: analysisGate.gate,
    executor,
    close: async () => {
      await http.close();
      if (ownDriver) await neo4jDriver.close();
    },
  };
}
