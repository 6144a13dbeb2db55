import { timingSafeEqual } from 'node:crypto';

import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { procThreadCpu } from '../shared/thread-cpu';
import { LoopWatch } from './loop-watch';

/** Operation names are client text: only plain names, and at most this many distinct ones. */
const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  apolloPlugin: ApolloServerPlugin;
  /** Counts open Neo4j sessions (the driver exposes no pool statistics). */
  instrumentDriver(driver: Driver): Driver;
  /**
   * Counts HTTP responses; serves the metrics at `path` (null: not at all), behind
   * `Authorization: Bearer <token>` when a token is given. Stops the event-loop watch when the
   * server closes.
   */
  register(http: FastifyInstance, path: string | null, token: string | null): void;
}

/** Prometheus metrics, one registry per app (tests build several apps in one process). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'quanze_' });
  const requests = new Counter({
    name: 'quanze_graphql_requests_total',
    help: 'GraphQL operations by operation name',
    labelNames: ['operation'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'quanze_graphql_request_duration_seconds',
    help: 'GraphQL operation latency by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'quanze_graphql_errors_total',
    help: 'GraphQL errors sent, by code',
    labelNames: ['code'],
    registers: [registry],
  });
  const http = new Counter({
    name: 'quanze_http_responses_total',
    help: 'HTTP responses by route and status (includes refusals before GraphQL: 401, 413, 429)',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  const sessions = new Gauge({
    name: 'quanze_neo4j_sessions_open',
    help: 'Neo4j sessions open now',
    registers: [registry],
  });
  const acquired = new Counter({
    name: 'quanze_neo4j_sessions_total',
    help: 'Neo4j sessions opened',
    registers: [registry],
  });
  // Where /proc gives the main thread's CPU time (Linux): how much of the event loop's late turns
  // the thread spent running rather than waiting for a core (loop-watch.ts).
  const cpu = procThreadCpu();
  const watch = cpu === null ? null : new LoopWatch(cpu).start();
  if (watch !== null) {
    new Gauge({
      name: 'quanze_event_loop_late_turn_seconds',
      help:
        "Since the last scrape, the event loop's late turn in which the main thread ran longest: part=run its CPU time " +
        '(above 0.05: code or the collector held the loop), part=delay how late that turn was (the rest: waiting for a core)',
      labelNames: ['part'],
      registers: [registry],
      collect() {
        const turn = watch.take();
        this.set({ part: 'run' }, (turn?.runMs ?? 0) / 1000);
        this.set({ part: 'delay' }, (turn?.delayMs ?? 0) / 1000);
      },
    });
  }

  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };

  const apolloPlugin: ApolloServerPlugin = {
    requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'unresolved';
      return Promise.resolve({
        didResolveOperation({ operationName }) {
          operation = label(operationName);
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          requests.inc({ operation });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              const code = error.extensions?.['code'];
              errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
            }
          }
          return Promise.resolve();
        },
      });
    },
  };

  return {
    registry,
    apolloPlugin,
    instrumentDriver(driver) {
      const open = driver.session.bind(driver);
      driver.session = (...args: Parameters<Driver['session']>) => {
        const session = open(...args);
        sessions.inc();
        acquired.inc();
        const close = session.close.bind(session);
        let closed = false;
        session.close = async () => {
          if (!closed) {
            closed = true;
            sessions.dec();
          }
          await close();
        };
        return session;
      };
      return driver;
    },
    register(server, path, token) {
      server.addHook('onClose', (_instance, done) => {
        watch?.stop();
        done();
      });
      server.addHook('onResponse', async (request, reply) => {
        http.inc({ route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) });
      });
      if (path === null) return;
      const expected = token === null ? null : Buffer.from(`Bearer ${token}`);
      // Not rate limited: cheap, polled by the scraper, and in production behind its token.
      server.get(path, { config: { rateLimit: false } }, async (request, reply) => {
        if (expected !== null) {
          const given = Buffer.from(request.headers.authorization ?? '');
          if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
            return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
          }
        }
        return reply.type(registry.contentType).send(await registry.metrics());
      });
    },
  };
}
