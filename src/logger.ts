import pino, { type Logger } from 'pino';

import type { Config } from './config';

/** What request handlers log through: the pino logger or Fastify's per-request child of it. */
export type LogSink = Pick<Logger, 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'>;

/** JSON logs; secrets never reach them (credentials and tokens are redacted). */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'quanze' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'neo4j.password'],
      censor: '[redacted]',
    },
  });
}
