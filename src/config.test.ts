import { ConfigError, DEFAULT_NEO4J_URI, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: DEFAULT_NEO4J_URI,
      uriConfigured: false,
      user: 'neo4j',
      password: 'neo4j',
      database: 'neo4j',
      transactionTimeoutMs: 120_000,
      stallCheckMs: 2_000,
      probeMs: 1_500,
    });
    expect(config.timeouts).toEqual({
      requestBudgetMs: 15_000,
      analysisBudgetMs: 120_000,
      httpRequestMs: 30_000,
      httpHeadersMs: 10_000,
      httpConnectionMs: 60_000,
      httpKeepAliveMs: 5_000,
    });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, nodeEnv: 'development', logLevel: 'info' });
  });

  it('marks a given NEO4J_URI as configured so the local database is not started', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }).neo4j).toMatchObject({
      uri: 'neo4j://db.example:7687',
      uriConfigured: true,
    });
  });

  it('reports every problem at once, naming each variable and value', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://x', PORT: 'eighty', NODE_ENV: 'staging', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split('=')[0])).toEqual(['NEO4J_URI', 'PORT', 'NODE_ENV', 'LOG_LEVEL']);
    expect(problems[1]).toContain('"eighty"');
  });

  it('gives the security limits their documented defaults', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      bodyBytes: 1_048_576,
      depth: 10,
      introspectionDepth: 15,
      aliases: 30,
      rootFields: 20,
      directives: 20,
      selections: 5000,
      tokens: 2000,
      maxFirst: 500,
      cost: 100_000,
      heavyCost: 20_000,
    });
    expect(config.rateLimit).toEqual({ max: 600, windowMs: 60_000 });
    expect(config.auth).toEqual({
      jwtSecret: null,
      jwksUrl: null,
      issuer: null,
      audience: null,
      requireRead: false,
      maxTokenAgeSeconds: 86_400,
      impactAnonymous: false,
    });
    expect(config).toMatchObject({ introspection: true, corsOrigins: [] });
  });

  it('reads the security settings', () => {
    const config = loadConfig({
      AUTH_JWT_SECRET: 's'.repeat(32),
      AUTH_REQUIRE_READ: 'true',
      INTROSPECTION: 'false',
      CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      QUERY_MAX_DEPTH: '6',
      BODY_LIMIT_BYTES: '2048',
    });
    expect(config.auth).toMatchObject({ jwtSecret: 's'.repeat(32), requireRead: true });
    expect(config.introspection).toBe(false);
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.limits).toMatchObject({ depth: 6, bodyBytes: 2048 });
  });

  it('refuses to start in production without an authentication configuration', () => {
    const prod = { NODE_ENV: 'production', NEO4J_PASSWORD: 'a-real-password' };
    expect(() => loadConfig(prod)).toThrow(/AUTH_JWT_SECRET \/ AUTH_JWKS_URL/);
    expect(() => loadConfig({ ...prod, AUTH_JWKS_URL: 'https://idp.example/jwks.json' })).toThrow(/AUTH_AUDIENCE/);
    expect(loadConfig({ ...prod, AUTH_JWKS_URL: 'https://idp.example/jwks.json', AUTH_AUDIENCE: 'quanze' }).auth.jwksUrl).toBe(
      'https://idp.example/jwks.json',
    );
  });

  it('refuses default database passwords in production, without echoing them', () => {
    const secret = { NODE_ENV: 'production', AUTH_JWT_SECRET: 's'.repeat(32) };
    for (const password of [undefined, 'neo4j', 'quanze-dev-password']) {
      expect(() => loadConfig({ ...secret, ...(password ? { NEO4J_PASSWORD: password } : {}) })).toThrow(/NEO4J_PASSWORD/);
    }
    expect(loadConfig({ ...secret, NEO4J_PASSWORD: 'a-real-password' }).neo4j.password).toBe('a-real-password');
  });

  it('turns introspection off in production unless INTROSPECTION=true', () => {
    const secret = { NODE_ENV: 'production', AUTH_JWT_SECRET: 's'.repeat(32), NEO4J_PASSWORD: 'a-real-password' };
    expect(loadConfig(secret).introspection).toBe(false);
    expect(loadConfig({ ...secret, INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('refuses weak secrets, page sizes above 500 and malformed origins, without echoing the secret', () => {
    let error: unknown;
    try {
      loadConfig({ AUTH_JWT_SECRET: 'short-secret', QUERY_MAX_FIRST: '1000', CORS_ORIGINS: 'https://ok.example,*' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split('=')[0])).toEqual(['AUTH_JWT_SECRET', 'CORS_ORIGINS', 'QUERY_MAX_FIRST']);
    expect(problems.join('\n')).not.toContain('short-secret');
  });
});
