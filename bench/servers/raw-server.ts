/**
 * The floor served over HTTP (child process of bench/run.ts): one Fastify route per read of the
 * mix, each running the hand-written Cypher of bench/raw-cypher.ts through neo4j-driver and
 * answering with the JSON our API would. No GraphQL, no validation, no limits, no logging.
 * 手写 Cypher 基线的 HTTP 服务。
 */
import Fastify from 'fastify';

import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/database';
import { RawCypher } from '../raw-cypher';
import { READ_NAMES, type ReadName } from '../read-mix';
import { listenUntilStopped, runServer } from './serve';

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  const raw = new RawCypher(driver, config.neo4j.database);
  const http = Fastify({ logger: false });
  http.get('/ready', async () => {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    return { status: 'ready' };
  });
  http.post<{ Params: { name: string }; Body: Record<string, unknown> }>('/read/:name', async (request, reply) => {
    const name = request.params.name;
    if (!(READ_NAMES as readonly string[]).includes(name)) return reply.code(404).send({ error: 'unknown read' });
    return raw.read(name as ReadName, request.body);
  });
  await listenUntilStopped(http, driver, { host: config.host, port: config.port });
}

runServer(main);
