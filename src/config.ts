import { z } from 'zod';

/**
 * The only reader of the environment. Parsed once, every problem reported at once.
 * 唯一读取环境变量的地方：启动时一次性校验，所有问题一并报告。
 */

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyToUndefined = (value: unknown): unknown => (value === '' ? undefined : value);

const flag = (fallback?: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0'], { message: 'must be true or false / 须为 true 或 false' })
      .transform((v) => v === 'true' || v === '1')
      .optional()
      .transform((v) => v ?? fallback),
  );

const count = (fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

/** Procedural laws every list cites; SAME_PROVISION ignores them (issue 5). 各清单普遍援引的程序法。 */
export const DEFAULT_PROCEDURAL_LAWS = ['行政处罚法', '行政许可法', '行政强制法', '行政复议法', '行政诉讼法'] as const;

/** The stages of a change request that have a deadline (issue 19); the others wait for nobody. */
export const DEADLINE_STAGES = ['SUBMITTED', 'LEGALITY_REVIEW', 'APPROVED', 'RETURNED'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];
/** Working days a stage may take when CHANGE_REQUEST_STAGE_DAYS does not say. 默认每个环节 20 个工作日。 */
export const DEFAULT_STAGE_DAYS = 20;

/** `20` (every stage) or `SUBMITTED=5,LEGALITY_REVIEW=20`: working days per stage, the rest default. */
const stageDays = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .optional()
    .transform((text, context) => {
      const days = Object.fromEntries(DEADLINE_STAGES.map((s) => [s, DEFAULT_STAGE_DAYS])) as Record<DeadlineStage, number>;
      if (text === undefined) return days;
      const whole = /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
      for (const part of whole === null ? text.split(',') : []) {
        const m = /^\s*([A-Z_]+)\s*=\s*(\d+)\s*$/.exec(part);
        const stage = DEADLINE_STAGES.find((s) => s === m?.[1]);
        if (!m || stage === undefined || Number(m[2]) < 1) {
          context.addIssue({
            code: 'custom',
            message: `"${part.trim()}": expected STAGE=days (days >= 1), stages ${DEADLINE_STAGES.join(', ')} / 应为 环节=工作日数`,
          });
          continue;
        }
        days[stage] = Number(m[2]);
      }
      if (whole !== null) {
        if (whole < 1) context.addIssue({ code: 'custom', message: 'must be at least 1 / 至少为 1' });
        for (const s of DEADLINE_STAGES) days[s] = whole;
      }
      return days;
    }),
);

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
  NEO4J_DATABASE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/)
      .default('neo4j'),
  ),
  NEO4J_TX_TIMEOUT_MS: count(120_000, 100),
  NEO4J_STALL_CHECK_MS: count(2_000, 100),
  NEO4J_PROBE_TIMEOUT_MS: count(1_500, 100),
  REQUEST_BUDGET_MS: count(15_000, 100),
  ANALYSIS_BUDGET_MS: count(120_000, 100),
  HTTP_REQUEST_TIMEOUT_MS: count(30_000, 1000),
  HTTP_HEADERS_TIMEOUT_MS: count(10_000, 1000),
  HTTP_CONNECTION_TIMEOUT_MS: count(60_000, 1000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: count(5_000, 1000),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(4000)),
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(logLevels).optional()),
  AUTH_JWT_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, 'must be at least 32 characters / 至少 32 个字符').optional(),
  ),
  AUTH_JWKS_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  AUTH_ISSUER: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_AUDIENCE: z.preprocess(emptyToUndefined, z.string().optional()),
  AUTH_REQUIRE_READ: flag(false),
  AUTH_MAX_TOKEN_AGE_SECONDS: count(86_400, 60),
  IMPACT_ANONYMOUS: flag(false),
  INTROSPECTION: flag(),
  CORS_ORIGINS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== ''),
      )
      .pipe(
        z.array(
          z.string().regex(/^https?:\/\/[^/\s]+$/, 'origins are scheme://host[:port] / 须为 scheme://host[:port]'),
        ),
      )
      .optional(),
  ),
  BODY_LIMIT_BYTES: count(1_048_576, 1024),
  QUERY_MAX_DEPTH: count(10),
  QUERY_MAX_INTROSPECTION_DEPTH: count(15),
  QUERY_MAX_ALIASES: count(30, 0),
  QUERY_MAX_ROOT_FIELDS: count(20),
  QUERY_MAX_DIRECTIVES: count(20, 0),
  QUERY_MAX_SELECTIONS: count(5000, 10),
  QUERY_MAX_TOKENS: count(2000, 100),
  QUERY_MAX_FIRST: count(500, 1, 500),
  QUERY_MAX_COST: count(100_000),
  QUERY_HEAVY_COST: count(20_000),
  RATE_LIMIT_MAX: count(600),
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/, ]+)$/, 'true, false, a hop count or proxy addresses / 须为 true、false、跳数或代理地址')
      .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
      .default(false),
  ),
  CLIENT_MAX_CONCURRENT: count(8),
  REQUEST_MAX_SESSIONS: count(4),
  HEAVY_MAX_CONCURRENT: count(2),
  HEAVY_MAX_QUEUE: count(16, 0),
  HEAVY_WAIT_MS: count(10_000, 0),
  METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'at least 16 characters / 至少 16 个字符').optional()),
  RATE_LIMIT_WINDOW_MS: count(60_000, 1000),
  ANALYSIS_PROCEDURAL_LAWS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((v) =>
        v
          .split(/[,，、]/)
          .map((n) => n.trim())
          .filter((n) => n !== ''),
      )
      .default([...DEFAULT_PROCEDURAL_LAWS]),
  ),
  ANALYSIS_SIMILARITY: z.preprocess(
    emptyToUndefined,
    z.coerce.number().gt(0, 'must be above 0 / 须大于 0').max(1, 'must be at most 1 / 不得大于 1').default(0.8),
  ),
  ANALYSIS_MAX_CONCURRENT: count(2, 1, 64),
  ANALYSIS_MAX_QUEUED: count(8, 0, 1000),
  ANALYSIS_KEPT_ITEMS: count(400_000, 0),
  ANALYSIS_BATCH_ORGANIZATIONS: count(2000, 1),
  ANALYSIS_BATCH_PARALLEL: count(2, 1),
  GRAPHQL_COMPILE_AFTER: count(2, 0, 1000),
  GRAPHQL_COMPILED_MAX: count(256, 1, 100_000),
  GRAPHQL_COMPILE_MAX_FIELDS: count(60, 1, 10_000),
  GRAPHQL_COMPILE_MS_PER_SECOND: count(50, 1, 1000),
  CHANGE_REQUEST_STAGE_DAYS: stageDays,
  SERVICE_NODE_PROFILE: z.preprocess(emptyToUndefined, z.enum(['auto', 'throughput', 'memory']).default('auto')),
  SERVICE_MEMORY_PROFILE_POWERS: count(500_000, 1),
  SERVICE_NODE_PROFILE_WAIT_MS: count(30_000, 0),
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
    /** Driver-side timeout of every statement and transaction the service runs. */
    transactionTimeoutMs: number;
    /** A statement running this long makes the database prove it is alive (a stalled server never fails by itself). */
    stallCheckMs: number;
    /** How long that proof, and /ready, may take. */
    probeMs: number;
  };
  /** Time limits of HTTP and of one request's work (docs/SECURITY.md). */
  timeouts: {
    /** Database work of one GraphQL request without an analysis. */
    requestBudgetMs: number;
    /** Database work of a request that runs an analysis (overlaps, findings, reassignmentImpact). */
    analysisBudgetMs: number;
    /** Receiving a whole request, body included (slow bodies are cut: 408). */
    httpRequestMs: number;
    httpHeadersMs: number;
    /** An idle socket is closed after this long. */
    httpConnectionMs: number;
    httpKeepAliveMs: number;
  };
  host: string;
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: (typeof logLevels)[number];
  auth: {
    /** HS256 shared secret (also what `quanze token` signs with). */
    jwtSecret: string | null;
    /** JWKS endpoint for RS256/ES256 tokens from an identity provider. */
    jwksUrl: string | null;
    issuer: string | null;
    audience: string | null;
    /** Anonymous reads are refused when true. */
    requireRead: boolean;
    /** Tokens issued (`iat`) longer ago than this are refused, whatever their `exp`. */
    maxTokenAgeSeconds: number;
    /** reassignmentImpact without the planner, editor or admin role (a demo without tokens). */
    impactAnonymous: boolean;
  };
  /** Introspection (`__schema`, `__type`): on outside production unless INTROSPECTION says otherwise. */
  introspection: boolean;
  /** Origins allowed cross-origin requests; empty: no CORS headers at all. */
  corsOrigins: string[];
  /** Enforced before any resolver runs (see docs/SECURITY.md). */
  limits: {
    bodyBytes: number;
    depth: number;
    introspectionDepth: number;
    aliases: number;
    rootFields: number;
    directives: number;
    /** Selections with every fragment expanded (Apollo's maxRecursiveSelections). */
    selections: number;
    tokens: number;
    maxFirst: number;
    cost: number;
    /** From this cost an operation shares the analysis gate (a few at once, the rest 429). */
    heavyCost: number;
  };
  /** Requests per window per client IP address (before authentication, so invalid tokens count). */
  rateLimit: { max: number; windowMs: number };
  /** Fastify's trustProxy: false, true (any proxy: spoofable), a hop count, or proxy addresses. */
  trustProxy: boolean | number | string;
  /** Concurrency bounds (docs/SECURITY.md). */
  concurrency: {
    /** GraphQL requests one client IP may have in flight. */
    perClient: number;
    /** Neo4j sessions one request may hold at once. */
    sessionsPerRequest: number;
    /** Requests running an analysis at once, how many may wait, and for how long. */
    analyses: number;
    analysisQueue: number;
    analysisWaitMs: number;
  };
  /** /metrics: open outside production; in production only with `Authorization: Bearer METRICS_TOKEN`, else off. */
  metricsToken: string | null;
  /** Overlap analysis (issue 5): laws SAME_POWER ignores and the SIMILAR_NAME threshold. */
  analysis: AnalysisConfig;
  /** Change requests (issue 19): working days each stage may take before it is overdue. */
  changeRequests: ChangeRequestConfig;
  /** How the partitioned analysis (issue 13) bounds its work and what it keeps. */
  analysisWork: {
    maxConcurrent: number;
    maxQueued: number;
    maxKeptItems: number;
    batchOrganizations: number;
    batchParallel: number;
  };
  /** Operations run compiled (src/server/jit-executor.ts): after how many sightings (0: never), how many kept, which, how often. */
  executor: { compileAfter: number; maxCompiled: number; maxFields: number; compileMsPerSecond: number };
  /**
   * The node options the compiled service is started with (src/server/node-flags.ts): a profile, or
   * `auto`, which takes `memory` when the store holds `memoryFromPowers` powers or more; the store is
   * tried for `waitMs` before `throughput` is taken.
   */
  nodeProfile: { setting: 'auto' | 'throughput' | 'memory'; memoryFromPowers: number; waitMs: number };
}

export interface AnalysisConfig {
  /** Laws excluded from SAME_PROVISION (names with or without 中华人民共和国). */
  proceduralLaws: string[];
  /** Character-bigram Dice similarity from which two power names are SIMILAR_NAME, in (0, 1]. */
  similarity: number;
}

export interface ChangeRequestConfig {
  /** Working days (Monday to Friday; public holidays are not known) per stage. */
  stageDays: Record<DeadlineStage, number>;
}

export const DEFAULT_CHANGE_REQUEST_CONFIG: ChangeRequestConfig = {
  stageDays: Object.fromEntries(DEADLINE_STAGES.map((s) => [s, DEFAULT_STAGE_DAYS])) as Record<DeadlineStage, number>,
};

/** The analysis settings when none are configured (tests that build a context by hand). */
export const DEFAULT_ANALYSIS_CONFIG: AnalysisConfig = {
  proceduralLaws: [...DEFAULT_PROCEDURAL_LAWS],
  similarity: 0.8,
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置无效 / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Never echoed back in a configuration error. */
const SECRET_KEYS = new Set(['AUTH_JWT_SECRET', 'NEO4J_PASSWORD', 'METRICS_TOKEN']);
/** Passwords shipped in this repository or Neo4j's own default: refused in production. */
const DEFAULT_PASSWORDS = new Set(['neo4j', 'password', 'quanze-dev-password']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return `${key}=${JSON.stringify(SECRET_KEYS.has(key) ? '[redacted]' : (env[key] ?? ''))}: ${issue.message}`;
      });
  if (env['NODE_ENV'] === 'production' && !env['AUTH_JWT_SECRET'] && !env['AUTH_JWKS_URL']) {
    problems.push(
      'AUTH_JWT_SECRET / AUTH_JWKS_URL: production needs an authentication configuration / 生产环境必须配置身份认证',
    );
  }
  if (env['NODE_ENV'] === 'production' && DEFAULT_PASSWORDS.has(env['NEO4J_PASSWORD'] || 'neo4j')) {
    problems.push('NEO4J_PASSWORD: production refuses the default database password / 生产环境不得使用默认数据库密码');
  }
  if (env['AUTH_JWKS_URL'] && !env['AUTH_AUDIENCE']) {
    problems.push(
      'AUTH_AUDIENCE: a JWKS needs an audience, or any token of the same identity provider is accepted / 配置 JWKS 时必须设置 AUTH_AUDIENCE',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const defaultLevel = e.NODE_ENV === 'test' ? 'warn' : 'info';
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? DEFAULT_NEO4J_URI,
      uriConfigured: e.NEO4J_URI !== undefined,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      stallCheckMs: e.NEO4J_STALL_CHECK_MS,
      probeMs: e.NEO4J_PROBE_TIMEOUT_MS,
    },
    timeouts: {
      requestBudgetMs: e.REQUEST_BUDGET_MS,
      analysisBudgetMs: e.ANALYSIS_BUDGET_MS,
      httpRequestMs: e.HTTP_REQUEST_TIMEOUT_MS,
      httpHeadersMs: Math.min(e.HTTP_HEADERS_TIMEOUT_MS, e.HTTP_REQUEST_TIMEOUT_MS),
      httpConnectionMs: e.HTTP_CONNECTION_TIMEOUT_MS,
      httpKeepAliveMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    host: e.HOST,
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL ?? defaultLevel,
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET ?? null,
      jwksUrl: e.AUTH_JWKS_URL ?? null,
      issuer: e.AUTH_ISSUER ?? null,
      audience: e.AUTH_AUDIENCE ?? null,
      requireRead: e.AUTH_REQUIRE_READ ?? false,
      maxTokenAgeSeconds: e.AUTH_MAX_TOKEN_AGE_SECONDS,
      impactAnonymous: e.IMPACT_ANONYMOUS ?? false,
    },
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    corsOrigins: e.CORS_ORIGINS ?? [],
    limits: {
      bodyBytes: e.BODY_LIMIT_BYTES,
      depth: e.QUERY_MAX_DEPTH,
      introspectionDepth: e.QUERY_MAX_INTROSPECTION_DEPTH,
      aliases: e.QUERY_MAX_ALIASES,
      rootFields: e.QUERY_MAX_ROOT_FIELDS,
      directives: e.QUERY_MAX_DIRECTIVES,
      selections: e.QUERY_MAX_SELECTIONS,
      tokens: e.QUERY_MAX_TOKENS,
      maxFirst: e.QUERY_MAX_FIRST,
      cost: e.QUERY_MAX_COST,
      heavyCost: e.QUERY_HEAVY_COST,
    },
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    trustProxy: e.TRUST_PROXY,
    concurrency: {
      perClient: e.CLIENT_MAX_CONCURRENT,
      sessionsPerRequest: e.REQUEST_MAX_SESSIONS,
      analyses: e.HEAVY_MAX_CONCURRENT,
      analysisQueue: e.HEAVY_MAX_QUEUE,
      analysisWaitMs: e.HEAVY_WAIT_MS,
    },
    metricsToken: e.METRICS_TOKEN ?? null,
    analysis: { proceduralLaws: e.ANALYSIS_PROCEDURAL_LAWS, similarity: e.ANALYSIS_SIMILARITY },
    changeRequests: { stageDays: e.CHANGE_REQUEST_STAGE_DAYS },
    analysisWork: {
      maxConcurrent: e.ANALYSIS_MAX_CONCURRENT,
      maxQueued: e.ANALYSIS_MAX_QUEUED,
      maxKeptItems: e.ANALYSIS_KEPT_ITEMS,
      batchOrganizations: e.ANALYSIS_BATCH_ORGANIZATIONS,
      batchParallel: e.ANALYSIS_BATCH_PARALLEL,
    },
    executor: {
      compileAfter: e.GRAPHQL_COMPILE_AFTER,
      maxCompiled: e.GRAPHQL_COMPILED_MAX,
      maxFields: e.GRAPHQL_COMPILE_MAX_FIELDS,
      compileMsPerSecond: e.GRAPHQL_COMPILE_MS_PER_SECOND,
    },
    nodeProfile: {
      setting: e.SERVICE_NODE_PROFILE,
      memoryFromPowers: e.SERVICE_MEMORY_PROFILE_POWERS,
      waitMs: e.SERVICE_NODE_PROFILE_WAIT_MS,
    },
  };
}
