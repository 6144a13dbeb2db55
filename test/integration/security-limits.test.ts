import { startTestApp, type TestApp } from '../support/app';

/**
 * Hostile queries are refused before any resolver or database call: each attack is checked for
 * its status, error code, time to reject and the database round trips it caused (none).
 * 恶意查询在任何解析器和数据库调用之前被拒绝。
 */

const SECRET = 'security-limits-test-secret-0123456789';

interface Outcome {
  status: number;
  codes: string[];
  messages: string;
  ms: number;
  roundTrips: number;
  headers: Headers;
}

async function attack(app: TestApp, init: RequestInit & { path?: string }): Promise<Outcome> {
  const before = app.db.roundTrips;
  const started = performance.now();
  const response = await app.request(init.path ?? '/graphql', init);
  const text = await response.text();
  const ms = performance.now() - started;
  let body: { errors?: { message: string; extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Some refusals are not JSON; the status tells.
  }
  return {
    status: response.status,
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? ''),
    messages: (body.errors ?? []).map((e) => e.message).join('\n') || text,
    ms,
    roundTrips: app.db.roundTrips - before,
    headers: response.headers,
  };
}

const post = (query: string, variables: Record<string, unknown> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

const nested = (depth: number): string =>
  `{ organizations(first: 1) { edges { node { ${'parent { '.repeat(depth)}id${' }'.repeat(depth)} } } } }`;

describe('query limits (development mode)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: SECRET });
  });
  afterAll(async () => {
    await app.close();
  });

  const expectRefused = (outcome: Outcome, status: number, code: string): void => {
    expect({ status: outcome.status, code: outcome.codes[0], roundTrips: outcome.roundTrips }).toEqual({
      status,
      code,
      roundTrips: 0,
    });
    expect(outcome.ms).toBeLessThan(1000);
  };

  it('answers an ordinary query (and the counter sees its round trips)', async () => {
    const outcome = await attack(app, post('{ organizations(first: 2) { edges { node { id name } } } }'));
    expect(outcome.status).toBe(200);
    expect(outcome.roundTrips).toBeGreaterThan(0);
  });

  it('refuses deep nesting (depth 30 > 10) with GRAPHQL_VALIDATION_FAILED', async () => {
    expectRefused(await attack(app, post(nested(30))), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('accepts nesting at the limit', async () => {
    // organizations > edges > node > 7 × parent > id = depth 11 > 10; 6 parents = depth 10.
    expect((await attack(app, post(nested(6)))).status).toBe(200);
    expectRefused(await attack(app, post(nested(7))), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an alias flood (100 aliases > 30)', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: organizations(first: 1) { totalCount }`).join(' ');
    const outcome = await attack(app, post(`{ ${fields} }`));
    expectRefused(outcome, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(outcome.messages).toContain('aliases');
  });

  it('refuses a fragment cycle', async () => {
    const query = `{ organizations(first: 1) { edges { node { ...A } } } }
      fragment A on Organization { parent { ...B } }
      fragment B on Organization { parent { ...A } }`;
    expectRefused(await attack(app, post(query)), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses the first: 1000 × first: 1000 cost bomb', async () => {
    const query = '{ organizations(first: 1000) { edges { node { powers(first: 1000) { edges { node { id } } } } } } }';
    expectRefused(await attack(app, post(query)), 400, 'BAD_USER_INPUT');
  });

  it('refuses nested pages whose product exceeds the cost limit even when each page is allowed (500 × 500)', async () => {
    const query =
      '{ organizations(first: 500) { edges { node { whistleMattersLed(first: 500) { edges { node { id } } } } } } }';
    const outcome = await attack(app, post(query));
    expectRefused(outcome, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(outcome.messages).toContain('cost');
  });

  it('refuses first: 100000, also when it arrives in a variable', async () => {
    expectRefused(await attack(app, post('{ organizations(first: 100000) { totalCount } }')), 400, 'BAD_USER_INPUT');
    const viaVariable = post('query Q($n: Int) { organizations(first: $n) { totalCount } }', { n: 100000 });
    expectRefused(await attack(app, viaVariable), 400, 'BAD_USER_INPUT');
  });

  it('refuses 50,000 tokens with a parse error (400, not 500)', async () => {
    const outcome = await attack(app, post(`{ ${'__typename '.repeat(50_000)}}`));
    expectRefused(outcome, 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses a 6 MB body with 413', async () => {
    const outcome = await attack(
      app,
      post(`{ organizations(first: 1) { totalCount } } # ${'x'.repeat(6 * 1024 * 1024)}`),
    );
    expectRefused(outcome, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a batch of 50 operations', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ organizations(first: 1) { totalCount } }' }));
    const outcome = await attack(app, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(outcome.status).toBe(400);
    expect(outcome.roundTrips).toBe(0);
    expect(outcome.ms).toBeLessThan(1000);
  });

  it('refuses GET and text/plain requests without a preflight header (CSRF prevention)', async () => {
    const query = encodeURIComponent('{ organizations(first: 1) { totalCount } }');
    const get = await attack(app, { method: 'GET', path: `/graphql?query=${query}` });
    expect([get.status, get.roundTrips]).toEqual([400, 0]);
    expect(get.messages).toContain('CSRF');
    const plain = await attack(app, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
    });
    expect([plain.status, plain.roundTrips]).toEqual([400, 0]);

    const withHeader = await attack(app, {
      method: 'GET',
      path: `/graphql?query=${query}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('suggests field names outside production', async () => {
    expect((await attack(app, post('{ organization { id } }'))).messages).toContain('Did you mean');
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: SECRET,
      // Production refuses default credentials; the test database runs without authentication.
      NEO4J_PASSWORD: 'security-limits-not-a-default',
      CORS_ORIGINS: 'https://quanze.example',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses introspection', async () => {
    const outcome = await attack(app, post('{ __schema { queryType { name } } }'));
    expect([outcome.status, outcome.codes[0], outcome.roundTrips]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED', 0]);
    const type = await attack(app, post('{ __type(name: "Organization") { fields { name } } }'));
    expect(type.status).toBe(400);
  });

  it('gives no field-name suggestions', async () => {
    const outcome = await attack(app, post('{ organization { id } }'));
    expect(outcome.status).toBe(400);
    expect(outcome.messages).not.toMatch(/Did you mean/i);
  });

  it('tags every error with the request id', async () => {
    const response = await app.request('/graphql', {
      ...post('{ organizations(first: -1) { totalCount } }'),
      headers: { 'content-type': 'application/json', 'x-request-id': 'sec-req-1' },
    });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'sec-req-1' });
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const preflight = (origin: string): Promise<Response> =>
      app.request('/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://quanze.example')).headers.get('access-control-allow-origin')).toBe(
      'https://quanze.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses the attacks', async () => {
    expect((await attack(app, post(nested(30)))).status).toBe(400);
    expect((await attack(app, post('{ organizations(first: 100000) { totalCount } }'))).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('configurable limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      BODY_LIMIT_BYTES: '4096',
      QUERY_MAX_DEPTH: '4',
      QUERY_MAX_ALIASES: '2',
      QUERY_MAX_COST: '50',
      RATE_LIMIT_MAX: '5',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('applies BODY_LIMIT_BYTES, QUERY_MAX_DEPTH, QUERY_MAX_ALIASES and QUERY_MAX_COST', async () => {
    expect((await attack(app, post(`{ __typename } # ${'x'.repeat(5000)}`))).status).toBe(413);
    expect((await attack(app, post(nested(2)))).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await attack(app, post('{ a: __typename b: __typename c: __typename }'))).codes).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect((await attack(app, post('{ organizations(first: 60) { edges { node { id } } } }'))).messages).toContain(
      'cost',
    );
  });

  it('limits requests per client with 429 and Retry-After, and counts them in /metrics', async () => {
    const statuses: number[] = [];
    let last: Outcome | undefined;
    for (let i = 0; i < 7; i += 1) {
      last = await attack(app, post('{ __typename }'));
      statuses.push(last.status);
    }
    expect(statuses).toContain(429);
    expect(last?.codes).toEqual(['RATE_LIMITED']);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);

    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toMatch(/quanze_http_responses_total\{route="\/graphql",status="429"\} [1-9]/);
    expect(metrics).toMatch(/quanze_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(metrics).toContain('quanze_graphql_request_duration_seconds_bucket');
    expect(metrics).toContain('quanze_neo4j_sessions_open');
    if (process.platform === 'linux') {
      expect(metrics).toMatch(/^quanze_event_loop_late_turn_seconds\{part="run"\} \d/m);
      expect(metrics).toMatch(/^quanze_event_loop_late_turn_seconds\{part="delay"\} \d/m);
    }
  });
});
