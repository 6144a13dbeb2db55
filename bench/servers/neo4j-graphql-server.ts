/**
 * The peer (child process of bench/run.ts): @neo4j/graphql 7 over the same database, behind the
 * same Apollo Server 5 on Fastify as our service, without our limits, authentication or logging.
 * @neo4j/graphql 对照服务。
 */
import { ApolloServer } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify from 'fastify';

import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/database';
import { neo4jGraphqlSchema } from '../neo4j-graphql';
import { listenUntilStopped, runServer } from './serve';

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  const http = Fastify({ logger: false });
  const apollo = new ApolloServer({
    schema: await neo4jGraphqlSchema(driver),
    introspection: false,
    plugins: [fastifyApolloDrainPlugin(http)],
  });
  await apollo.start();
  http.get('/ready', async () => {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    return { status: 'ready' };
  });
  http.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler: fastifyApolloHandler(apollo) });
  await listenUntilStopped(http, driver, { host: config.host, port: config.port });
}

runServer(main);
