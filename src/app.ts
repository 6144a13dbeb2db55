import { randomUUID } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

import type { Config } from './config';
import { createContext, type Context } from './context';
import { CypherRegistry } from './db/cypher-registry';
import { createDriver, Database } from './db/database';
import { applySchema } from './db/migrate';
import { createLogger } from './logger';
import { buildSchema } from './schema';
import { errorLoggingPlugin, formatError } from './server/error-masking';

export const BODY_LIMIT_BYTES = 1_048_576;

export interface App {
  http: FastifyInstance;
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
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
  const neo4jDriver = driver ?? createDriver(config.neo4j);
  const db = new Database(neo4jDriver, config.neo4j.database, registry, logger);
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
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }) as unknown as FastifyInstance;
  http.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      fastifyApolloDrainPlugin(http),
      errorLoggingPlugin,
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  http.get('/health', () => Promise.resolve({ status: 'ok' }));
  http.get('/ready', async (_request, reply) => {
    const up = await db.ping();
    return reply.code(up ? 200 : 503).send({ status: up ? 'ready' : 'unavailable', neo4j: up });
  });
  const handler = fastifyApolloHandler(apollo, {
    context: (request) => Promise.resolve(createContext({ db, logger: request.log, requestId: String(request.id) })),
  });
  http.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler });

  return {
    http,
    apollo,
    db,
    logger,
    close: async () => {
      await http.close();
      if (ownDriver) await neo4jDriver.close();
    },
  };
}
