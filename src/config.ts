import { z } from 'zod';

/**
 * The only reader of the environment. Parsed once, every problem reported at once.
 * 唯一读取环境变量的地方：启动时一次性校验，所有问题一并报告。
 */

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyToUndefined = (value: unknown): unknown => (value === '' ? undefined : value);

const schema = z.object({
  NEO4J_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI / 须为 bolt:// 或 neo4j:// 地址')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyToUndefined, z.string().default('neo4j')),
  NEO4J_PASSWORD: z.preprocess(emptyToUndefined, z.string().default('neo4j')),
  NEO4J_DATABASE: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9.-]+$/).default('neo4j')),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(4000)),
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(logLevels).optional()),
});

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';

export interface Config {
  neo4j: {
    uri: string;
    /** true when NEO4J_URI was given: the local database is then never started. */
    uriConfigured: boolean;
    user: string;
    password: string;
    database: string;
  };
  host: string;
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: (typeof logLevels)[number];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置无效 / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        return `${key}=${JSON.stringify(env[key] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const defaultLevel = e.NODE_ENV === 'test' ? 'warn' : 'info';
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? DEFAULT_NEO4J_URI,
      uriConfigured: e.NEO4J_URI !== undefined,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    host: e.HOST,
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL ?? defaultLevel,
  };
}
