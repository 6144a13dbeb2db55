import { request as httpRequest } from 'node:http';

import { getIntrospectionQuery } from 'graphql';

import { mintToken } from '../../src/auth/mint-token';
import { startTestApp, type TestApp } from '../support/app';
import { expectContained, expectHealthy, graphql, postJson, underWatch, warmUp } from '../support/attack';

/**
 * Attack suite, query classes (issue 14): document shape, cost, introspection, variables, bounded
 * work. Every case is answered within 1 s with a 4xx, or a 200 carrying an error code, while
 * /health keeps answering within 100 ms; none reaches the database where a refusal is due.
 * 攻击用例（查询类）：每例 1 秒内拒绝，期间 /health 在 100 毫秒内应答。
 */

const SECRET = 'attack-queries-test-secret-0123456789';

/** Fragment Fi selects F(i+1) twice under two aliases: 2^levels aliases once expanded. */
const aliasBomb = (levels: number): string => {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Organization { id }`
      : `fragment F${i} on Organization { a: parent { ...F${i + 1} } b: parent { ...F${i + 1} } }`,
  );
  return `{ organizations(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
};

/** Fi spreads F(i+1) twice at the same level, no aliases, no nesting: only the expanded size grows. */
const spreadBomb = (levels: number): string => {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment S${i} on Organization { id name }` : `fragment S${i} on Organization { ...S${i + 1} ...S${i + 1} }`,
  );
  return `{ organizations(first: 1) { edges { node { ...S0 } } } } ${fragments.join(' ')}`;
};

describe('attacks on the query layer', () => {
  let app: TestApp;
  let planner: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: SECRET, RATE_LIMIT_MAX: '100000' });
    planner = {
      authorization: `Bearer ${await mintToken({ secret: SECRET, sub: 'p', roles: ['planner'], expiresIn: '1h' })}`,
    };
    await warmUp(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const refusedBeforeTheDatabase = async (
    query: string,
    expected: { status: number | number[]; code?: string },
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<string> => {
    const before = app.db.roundTrips;
    const outcome = await underWatch(app, graphql(app, query, variables, headers));
    expectContained(outcome, expected);
    expect(app.db.roundTrips - before).toBe(0);
    return outcome.text;
  };

  describe('shape', () => {
    it('1. a 1 KB document of nested fragments with aliases (2^40 aliases expanded)', async () => {
      const query = aliasBomb(40);
      expect(query.length).toBeLessThan(4096);
      const text = await refusedBeforeTheDatabase(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(text).toMatch(/aliases|too many selections/);
    });

    it('2. nested fragments spread twice at one level, no aliases (2^30 selections expanded)', async () => {
      await refusedBeforeTheDatabase(spreadBomb(30), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('3. depth 30', async () => {
      const query = `{ organizations(first: 1) { edges { node { ${'parent { '.repeat(30)}id${' }'.repeat(30)} } } } }`;
      await refusedBeforeTheDatabase(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('4. depth through a chain of fragments', async () => {
      const fragments = Array.from({ length: 20 }, (_, i) =>
        i === 19 ? `fragment D${i} on Organization { id }` : `fragment D${i} on Organization { parent { ...D${i + 1} } }`,
      );
      await refusedBeforeTheDatabase(`{ organizations(first: 1) { edges { node { ...D0 } } } } ${fragments.join(' ')}`, {
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
    });

    it('5. 100 aliases', async () => {
      const fields = Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ');
      await refusedBeforeTheDatabase(`{ ${fields} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('6. 25 root fields without aliases (each a different argument list)', async () => {
      const fields = Array.from({ length: 25 }, (_, i) => `r${i}: organizations(first: 1) { totalCount }`).join(' ');
      await refusedBeforeTheDatabase(`{ ${fields} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('7. 50 directives on one field', async () => {
      await refusedBeforeTheDatabase(`{ __typename ${'@include(if: true) '.repeat(50)}}`, {
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
    });

    it('8. 50,000 tokens', async () => {
      await refusedBeforeTheDatabase(`{ ${'__typename '.repeat(50_000)}}`, { status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    });

    it('9. a fragment cycle', async () => {
      await refusedBeforeTheDatabase(
        '{ organizations(first: 1) { edges { node { ...A } } } } fragment A on Organization { parent { ...B } } fragment B on Organization { ...A }',
        { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      );
    });

    it('10. 600 variable definitions (past the token limit)', async () => {
      const definitions = Array.from({ length: 600 }, (_, i) => `$v${i}: Int`).join(' ');
      await refusedBeforeTheDatabase(`query Q(${definitions}) { __typename }`, { status: 400 });
    });
  });

  describe('introspection (on outside production)', () => {
    it('11. ofType/fields nesting past the introspection depth', async () => {
      const query = `{ __schema { types { ${'fields { type { '.repeat(9)} name ${'} } '.repeat(9)} } } }`;
      await refusedBeforeTheDatabase(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('12. nesting within the depth limit but multiplying by the schema size', async () => {
      const query = `{ __schema { types { ${'fields { type { '.repeat(6)} name ${'} } '.repeat(6)} } } }`;
      await refusedBeforeTheDatabase(query, { status: 400 });
    });

    it('13. introspection hidden inside aliases of __type', async () => {
      const fields = Array.from({ length: 40 }, (_, i) => `t${i}: __type(name: "Organization") { fields { name } }`).join(' ');
      await refusedBeforeTheDatabase(`{ ${fields} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('14. the standard introspection query is answered, bounded (legitimate)', async () => {
      const outcome = await underWatch(app, graphql(app, getIntrospectionQuery()));
      expect(outcome.status).toBe(200);
      expect(outcome.codes).toEqual([]);
      expect(outcome.text.length).toBeLessThan(2_000_000);
      expect(outcome.ms).toBeLessThan(1_000);
      expectHealthy(outcome);
    });
  });

  describe('cost', () => {
    it('15. first: 1000 × first: 1000', async () => {
      await refusedBeforeTheDatabase(
        '{ organizations(first: 1000) { edges { node { powers(first: 1000) { edges { node { id } } } } } } }',
        { status: 400, code: 'BAD_USER_INPUT' },
      );
    });

    it('16. 500 × 500 pages, each allowed alone', async () => {
      await refusedBeforeTheDatabase(
        '{ organizations(first: 500) { edges { node { whistleMattersLed(first: 500) { edges { node { id } } } } } } }',
        { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      );
    });

    it('17. first: null at every level is charged the default page, not nothing', async () => {
      const query = `{ organizations(first: null) { edges { node { powers(first: null) { edges { node {
        exercisedBy { powers(first: null) { edges { node { id } } } } } } } } } } }`;
      await refusedBeforeTheDatabase(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('18. first: null through a variable', async () => {
      const query = `query Q($n: Int) { organizations(first: $n) { edges { node { powers(first: $n) { edges { node {
        exercisedBy { powers(first: $n) { edges { node { id } } } } } } } } } } }`;
      await refusedBeforeTheDatabase(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }, { n: null });
    });

    it('19. first: 0 on overlaps and findings under six aliases with different dates', async () => {
      const fields = Array.from({ length: 3 }, (_, i) =>
        `o${i}: overlaps(first: 0, asOf: "202${i}-01-01") { totalCount } f${i}: findings(first: 0, asOf: "202${i}-01-01") { totalCount }`,
      ).join(' ');
      await refusedBeforeTheDatabase(`{ ${fields} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('20. neighborhood at depth 3 × limit 2000 under aliases', async () => {
      const fields = Array.from({ length: 10 }, (_, i) =>
        `n${i}: neighborhood(ids: ["T3JnYW5pemF0aW9uOng="], depth: 3, limit: 2000) { nodes { id label } edges { id } }`,
      ).join(' ');
      await refusedBeforeTheDatabase(`{ ${fields} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('21. lists without first nested under full pages', async () => {
      const query = `{ powers(first: 500) { edges { node { exercisedBy { powers(first: 100) { edges { node { basis { article } } } } } } } } }`;
      await refusedBeforeTheDatabase(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    });

    it('22. first: 100000 in a variable', async () => {
      await refusedBeforeTheDatabase('query Q($n: Int) { organizations(first: $n) { totalCount } }', { status: 400, code: 'BAD_USER_INPUT' }, {
        n: 100_000,
      });
    });

    it('23. variables that do not coerce fail closed (400, not 500, no cost skipped)', async () => {
      await refusedBeforeTheDatabase('query Q($n: Int) { organizations(first: $n) { totalCount } }', { status: 400, code: 'BAD_USER_INPUT' }, {
        n: 'lots',
      });
    });

    it('24. a reassignmentImpact plan of 200 operations', async () => {
      const operations = Array.from({ length: 200 }, () => ({ abolishOrganization: { organizationId: 'T3JnYW5pemF0aW9uOng=' } }));
      const query = 'query Q($plan: ReassignmentPlanInput!) { reassignmentImpact(plan: $plan) { affectedPowers { id } } }';
      const outcome = await underWatch(app, graphql(app, query, { plan: { effectiveDate: '2026-01-01', operations } }, planner));
      expectContained(outcome, { status: [200, 400], code: 'BAD_USER_INPUT' });
    });
  });

  describe('access', () => {
    it('25. anonymous reassignmentImpact (a write transaction and two analyses)', async () => {
      const query = `query { reassignmentImpact(plan: { effectiveDate: "2026-01-01", operations: [{ abolishOrganization: { organizationId: "T3JnYW5pemF0aW9uOng=" } }] }) { affectedPowers { id } } }`;
      await refusedBeforeTheDatabase(query, { status: [200, 401], code: 'UNAUTHENTICATED' });
    });

    it('26. anonymous reads of change-set actors, reasons and undo logs', async () => {
      const outcome = await underWatch(app, graphql(app, '{ changeSets(first: 5) { edges { node { actor reason summary } } } }'));
      expect(outcome.status).toBeLessThan(500);
      expect(outcome.text).not.toMatch(/"actor":"[^"]/);
      if (/"node"/.test(outcome.text)) expect(outcome.codes).toContain('UNAUTHENTICATED');
      expect(outcome.ms).toBeLessThan(1_000);
      expectHealthy(outcome);
    });

    it('27. anonymous mutation', async () => {
      const query = 'mutation { revertChangeSet(id: "Q2hhbmdlU2V0Ong=", reason: "x") { changeSet { id } } }';
      await refusedBeforeTheDatabase(query, { status: [200, 401], code: 'UNAUTHENTICATED' });
    });
  });

  describe('payloads', () => {
    it('28. a batch of 50 operations', async () => {
      const batch = Array.from({ length: 50 }, () => ({ query: '{ organizations(first: 1) { totalCount } }' }));
      const outcome = await underWatch(app, () => app.request('/graphql', postJson(batch)));
      expectContained(outcome, { status: 400 });
    });

    it('29. variables nested 100,000 arrays deep', async () => {
      const body = `{"query":"query Q($v: [ID!]) { __typename }","variables":{"v":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
      const outcome = await underWatch(app, () =>
        app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
      );
      expectContained(outcome, { status: 400 });
    });

    it('30. __proto__ and constructor keys in variables', async () => {
      const body = '{"query":"query Q($f: OrganizationFilter) { organizations(filter: $f, first: 1) { totalCount } }","variables":{"f":{"__proto__":{"name":"x"},"constructor":{"prototype":{"polluted":1}}}}}';
      const outcome = await underWatch(app, () =>
        app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
      );
      expectContained(outcome, { status: [200, 400] });
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('31. a search text of 100,000 characters', async () => {
      const outcome = await underWatch(app, graphql(app, 'query Q($t: String!) { search(text: $t, first: 5) { __typename } }', { t: '执法'.repeat(50_000) }));
      expectContained(outcome, { status: [200, 400] });
    });

    it('32. a query of NUL bytes and unpaired surrogates', async () => {
      await refusedBeforeTheDatabase(`{ __typename \u0000 \ud800 }`, { status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    });
  });
});

describe('attacks on bounded work', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      RATE_LIMIT_MAX: '100000',
      REQUEST_BUDGET_MS: '100',
      HEAVY_MAX_CONCURRENT: '1',
      HEAVY_MAX_QUEUE: '0',
      CLIENT_MAX_CONCURRENT: '3',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Takes the gate's only slot (HEAVY_MAX_CONCURRENT 1, no queue); the release function gives it back. */
  const holdHeavyGate = (): Promise<() => void> => app.heavyGate.acquire(0);

  it('33. concurrent analyses beyond the gate are told to come back (429), not queued without bound', async () => {
    const query = (i: number): string => `{ overlaps(first: 1, asOf: "2025-0${i + 1}-01") { totalCount } }`;
    // Every slot taken, as by analyses that legitimately take seconds (held here: an analysis of a
    // small graph may end before the next request arrives)...
    const held = await holdHeavyGate();
    try {
      // ...so the next ones are refused at once instead of piling up.
      const refused = await Promise.all([1, 2].map((i) => underWatch(app, graphql(app, query(i)))));
      for (const outcome of refused) expectContained(outcome, { status: 429, code: 'RATE_LIMITED' });
      expect(refused[0]?.headers.get('retry-after')).toBe('5');
    } finally {
      held();
    }
    // Once there is room, an analysis runs.
    expect((await app.request('/graphql', postJson({ query: query(0) }))).status).toBe(200);
  });

  it('33b. heavy reads (cost ≥ QUERY_HEAVY_COST, e.g. a 3-hop slice of 2,000 nodes) share the gate: extras get 429', async () => {
    const heavy = '{ neighborhood(ids: ["T3JnYW5pemF0aW9uOng="], depth: 3, limit: 2000) { nodes { id } } }';
    const held = await holdHeavyGate();
    try {
      expectContained(await underWatch(app, graphql(app, heavy)), { status: 429, code: 'RATE_LIMITED' });
    } finally {
      held();
    }
  });

  it('34. more requests in flight than one client may have get 429 at once', async () => {
    // CLIENT_MAX_CONCURRENT is 3 here. Three requests are held in flight by sending their bodies
    // only in part (a request counts from its headers); whatever the reads cost, a fourth is refused.
    const body = JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' });
    const held = Array.from({ length: 3 }, () => heldRequest(app.url, body));
    try {
      await Promise.all(held.map((h) => h.sent));
      // The server reads their headers on its next turns; give it a moment to count them.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await underWatch(app, graphql(app, '{ organizations(first: 1) { totalCount } }'));
      expectContained(refused, { status: 429, code: 'RATE_LIMITED' });
      expect(refused.ms).toBeLessThan(1_000);
    } finally {
      for (const h of held) h.finish();
    }
    // Once their bodies arrive, the held ones are ordinary reads, and the client has room again.
    expect(await Promise.all(held.map((h) => h.status))).toEqual([200, 200, 200]);
    expect((await app.request('/graphql', postJson({ query: '{ organizations(first: 1) { totalCount } }' }))).status).toBe(200);
  });

  it('35. a request past its time budget ends with SERVICE_UNAVAILABLE, not a hang', async () => {
    const heavy = '{ overlaps(first: 500) { totalCount edges { node { id } } } }';
    const started = performance.now();
    const response = await app.request('/graphql', postJson({ query: heavy }));
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    // The analysis budget (ANALYSIS_BUDGET_MS) is generous; a plain read gets REQUEST_BUDGET_MS (100 ms here).
    expect(response.status).toBeLessThan(500);
    expect(performance.now() - started).toBeLessThan(130_000);
    const read = await underWatch(
      app,
      graphql(app, '{ o: organizations(first: 500) { edges { node { powers(first: 100) { totalCount edges { node { basis { article } } } } } } } }'),
    );
    expect(read.ms).toBeLessThan(1_000);
    expect(read.status).toBeLessThan(500);
    void body;
  });
});

/** A POST to /graphql whose body is sent in part until `finish()`: it stays in flight meanwhile. */
function heldRequest(url: string, body: string): { sent: Promise<void>; finish(): void; status: Promise<number> } {
  const split = Math.floor(body.length / 2);
  const req = httpRequest(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  // The headers and half the body are on the wire once the first write's callback runs.
  const sent = new Promise<void>((resolve) => req.write(body.slice(0, split), () => resolve()));
  return { sent, finish: () => req.end(body.slice(split)), status };
}
