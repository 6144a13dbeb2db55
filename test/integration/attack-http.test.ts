import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { promisify } from 'node:util';

import { SignJWT, UnsecuredJWT } from 'jose';

import { mintToken } from '../../src/auth/mint-token';
import { DRAINED_BODY_FACTOR } from '../../src/server/http-errors';
import { procThreadCpu } from '../../src/shared/thread-cpu';
import { startTestApp, type TestApp } from '../support/app';
import { expectContained, graphql, HEALTH_MS, postJson, underWatch, warmUp } from '../support/attack';

const run = promisify(execFile);

/**
 * Attack suite, HTTP and authentication classes (issue 14): tokens, rate limits before
 * authentication, proxies, the other routes, bodies and slow clients. Each case is answered within
 * 1 s with a 4xx while /health keeps answering. 攻击用例（HTTP 与认证类）。
 */

const SECRET = 'attack-http-test-secret-0123456789-abcdef';
const key = new TextEncoder().encode(SECRET);
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const QUERY = '{ organizations(first: 1) { totalCount } }';

describe('attacks on authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: SECRET, RATE_LIMIT_MAX: '100000', AUTH_MAX_TOKEN_AGE_SECONDS: '3600' });
    await warmUp(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('the watch itself: a /health answer while this process holds its event loop counts the time held', async () => {
    // Every case here leans on underWatch telling a held event loop from a slow machine: of a
    // /health answer's time, it leaves out only the main thread's wait for a core.
    const cpu = procThreadCpu();
    expect(cpu).not.toBeNull();
    const hold = async (): Promise<Response> => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const until = cpu!() + (HEALTH_MS + 50) * 1e6;
      while (cpu!() < until) {
        // Holds the thread on a core while a /health answer waits.
      }
      return app.request('/health');
    };
    const held = await underWatch(app, hold);
    expect(held.healthMs).toBeGreaterThanOrEqual(HEALTH_MS);
    expect(held.healthWallMs).toBeGreaterThanOrEqual(held.healthMs);
  });

  const refused401 = async (headers: Record<string, string>): Promise<void> => {
    const before = app.db.roundTrips;
    expectContained(await underWatch(app, graphql(app, QUERY, {}, headers)), { status: 401, code: 'UNAUTHENTICATED' });
    expect(app.db.roundTrips).toBe(before);
  };

  it('36. alg: none', async () => {
    await refused401(
      bearer(new UnsecuredJWT({ roles: ['admin'] }).setSubject('x').setIssuedAt().setExpirationTime('1h').encode()),
    );
  });

  it('37. an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused401(
      bearer(
        await new SignJWT({ roles: ['editor'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuedAt(now - 600)
          .setExpirationTime(now - 60)
          .sign(key),
      ),
    );
  });

  it('38. a token signed with another key', async () => {
    await refused401(
      bearer(
        await mintToken({
          secret: 'another-secret-another-secret-0123456',
          sub: 'x',
          roles: ['admin'],
          expiresIn: '1h',
        }),
      ),
    );
  });

  it('39. a token issued long ago that never expires (past AUTH_MAX_TOKEN_AGE_SECONDS)', async () => {
    const longAgo = Math.floor(Date.now() / 1000) - 30 * 86_400;
    await refused401(
      bearer(
        await new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuedAt(longAgo)
          .setExpirationTime('10y')
          .sign(key),
      ),
    );
  });

  it('40. a token without iat', async () => {
    await refused401(
      bearer(
        await new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime('1h')
          .sign(key),
      ),
    );
  });

  it('41. a malformed Authorization header of 8 KB', async () => {
    await refused401({ authorization: `Bearer ${'a.'.repeat(4000)}` });
  });
});

describe('attacks on rate limits and routes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: SECRET, RATE_LIMIT_MAX: '20', RATE_LIMIT_WINDOW_MS: '60000' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('42. a flood of invalid tokens is rate limited (the limit runs before authentication)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const response = await app.request('/graphql', postJson({ query: QUERY }, { authorization: `Bearer x.y.${i}` }));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
    const outcome = await underWatch(app, graphql(app, QUERY));
    expectContained(outcome, { status: 429, code: 'RATE_LIMITED' });
    expect(Number(outcome.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('43. X-Forwarded-For does not buy a fresh bucket when TRUST_PROXY is off', async () => {
    const outcome = await underWatch(app, graphql(app, QUERY, {}, { 'x-forwarded-for': '203.0.113.7' }));
    expectContained(outcome, { status: 429 });
  });

  it('44. /ready and /graph are limited too; /health is not', async () => {
    expectContained(await underWatch(app, () => app.request('/ready')), { status: 429 });
    expectContained(await underWatch(app, () => app.request('/graph/')), { status: 429 });
    expect((await app.request('/health')).status).toBe(200);
  });
});

describe('TRUST_PROXY', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_MAX: '3', TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('45. behind a trusted proxy each client has its own bucket', async () => {
    const from = (ip: string): Promise<Response> =>
      app.request('/graphql', postJson({ query: '{ __typename }' }, { 'x-forwarded-for': ip }));
    const a = [];
    for (let i = 0; i < 4; i += 1) a.push((await from('198.51.100.1')).status);
    expect(a).toEqual([200, 200, 200, 429]);
    expect((await from('198.51.100.2')).status).toBe(200);
  });
});

describe('attacks on HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: 'production',
      NEO4J_PASSWORD: 'attack-http-not-a-default',
      AUTH_JWT_SECRET: SECRET,
      RATE_LIMIT_MAX: '100000',
      HTTP_REQUEST_TIMEOUT_MS: '1500',
      HTTP_HEADERS_TIMEOUT_MS: '1000',
    });
    await warmUp(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('46. /metrics is not served in production without METRICS_TOKEN', async () => {
    expectContained(await underWatch(app, () => app.request('/metrics')), { status: 404 });
  });

  /** A child process that POSTs a 6 MB body and prints the status and text it got (status 0: no answer). */
  const sendBigBody = async (): Promise<{ status: number; text: string }> => {
    const send = `const body = JSON.stringify({ query: '{ __typename } # ' + 'x'.repeat(6 << 20) });
      fetch(process.argv[1], { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then(async (r) => process.stdout.write(JSON.stringify({ status: r.status, text: await r.text() })))
        .catch((e) => process.stdout.write(JSON.stringify({ status: 0, text: String(e) + ' ' + String(e.cause?.code) })));`;
    const { stdout } = await run(process.execPath, ['-e', send, `${app.url}/graphql`]);
    return JSON.parse(stdout) as { status: number; text: string };
  };

  it('47. a 6 MB body', async () => {
    // Sent by another process: the attacker is another machine, and writing its 6 MB through this
    // process's sockets was this process's own work counted against /health (120-150 ms on a
    // loaded 2-core machine, the server's share of it a few reads).
    const attack = async (): Promise<Response> => {
      const answer = await sendBigBody();
      if (answer.status === 0) throw new Error(`no answer: ${answer.text}`);
      return new Response(answer.text, { status: answer.status });
    };
    const outcome = await underWatch(app, attack);
    expectContained(outcome, { status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('47a. four 6 MB bodies at once: each client reads its 413', async () => {
    // When the server closed the socket with the body unread, most of them got EPIPE instead.
    // Not under watch: four clients' 24 MB read by this process is not what /health measures.
    const answers = await Promise.all([1, 2, 3, 4].map(sendBigBody));
    expect(answers.map((a) => (a.status === 413 ? 413 : `${a.status} ${a.text}`))).toEqual([413, 413, 413, 413]);
  });

  it('47b. a client still writing its refused body reads the 413 and can go on using the connection', async () => {
    // Deterministic form of 47: the 413 is read before the rest of the body is written. If the
    // server closed the socket on answering, the rest would meet EPIPE or a reset.
    const size = 6 << 20;
    const socket = connect(Number(new URL(app.url).port), '127.0.0.1');
    let text = '';
    let failure: Error | null = null;
    let closed = false;
    socket.on('error', (error) => (failure = error));
    socket.on('close', () => (closed = true));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    const until = async (done: () => boolean): Promise<void> => {
      const deadline = Date.now() + 5_000;
      while (!done() && !closed && failure === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
    };
    socket.write(
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${size}\r\n\r\n`,
    );
    socket.write('{"query":"{ __typename }"}');
    await until(() => text.includes('PAYLOAD_TOO_LARGE'));
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    const rest = Buffer.alloc(size - '{"query":"{ __typename }"}'.length, 0x20);
    for (let at = 0; at < rest.length; at += 1 << 20) socket.write(rest.subarray(at, at + (1 << 20)));
    const next = '{"query":"{ __typename }"}';
    socket.write(
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${next.length}\r\n\r\n${next}`,
    );
    await until(() => text.includes('"__typename":"Query"'));
    socket.destroy();
    expect(failure).toBeNull();
    expect(text).toContain('HTTP/1.1 200');
  });

  it('47c. a body declared beyond what is drained is cut at once', async () => {
    // 17 MB declared against a 1 MB limit: not read, the connection closed (Fastify's own answer).
    const declared = 1_048_576 * DRAINED_BODY_FACTOR + 1;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(app.url).port), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
      socket.on('close', () => resolve(text));
      socket.on('error', () => undefined);
      socket.write(
        `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${declared}\r\n\r\n{`,
      );
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain('connection: close');
  });

  /** Opens a socket, sends `head`, then trickles a byte every 200 ms; resolves when the server closes it. */
  const slowClient = (head: string): Promise<{ ms: number; answer: string }> =>
    new Promise((resolve) => {
      const started = performance.now();
      const socket = connect(Number(new URL(app.url).port), '127.0.0.1');
      let answer = '';
      const trickle = setInterval(() => socket.write('a'), 200);
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => {
        clearInterval(trickle);
        resolve({ ms: performance.now() - started, answer });
      });
      socket.on('error', () => undefined);
      socket.write(head);
    });

  it('48. a slow body is cut at HTTP_REQUEST_TIMEOUT_MS (408), not held open', async () => {
    const { ms, answer } = await slowClient(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"',
    );
    expect(ms).toBeLessThan(1500 + 1000 + 500); // the timeout plus Node's 1 s check interval
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('49. slow headers are cut at HTTP_HEADERS_TIMEOUT_MS', async () => {
    const { ms } = await slowClient('GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(ms).toBeLessThan(1000 + 1000 + 500);
  });

  it('50. a hostile x-request-id is replaced, not echoed', async () => {
    const outcome = await underWatch(app, () =>
      app.request('/graphql', {
        ...postJson({ query: '{ nope }' }),
        headers: { 'content-type': 'application/json', 'x-request-id': `a${'<'.repeat(100)}` },
      }),
    );
    expectContained(outcome, { status: 400 });
    expect(outcome.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
