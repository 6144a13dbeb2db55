import { gql, startTestApp, testConfig, type TestApp } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

/**
 * Neo4j goes away during a load of mixed reads (the connection is cut at a TCP proxy): every
 * request ends within 5 s, failures are SERVICE_UNAVAILABLE and nothing else, /ready says 503,
 * and when the database returns the same service answers again without a restart.
 * 读负载期间数据库断开：快速失败、就绪检查 503、恢复后无需重启。
 */

const READS = [
  '{ organizations(first: 5) { totalCount edges { node { id name } } } }',
  '{ powers(first: 5) { edges { node { id } } } }',
  '{ whistleMatters(first: 5) { edges { node { id } } } }',
  '{ search(text: "市场监督", first: 5) { __typename } }',
  '{ organizations(first: 3) { edges { node { powers(first: 3) { totalCount } } } } }',
];

interface Sample {
  ms: number;
  codes: string[];
}

async function timedRead(app: TestApp, query: string): Promise<Sample> {
  const started = performance.now();
  const result = await gql(app, query);
  return { ms: performance.now() - started, codes: (result.errors ?? []).map((e) => String(e.extensions?.['code'])) };
}

/** `workers` clients each reading in a loop until `until()` says stop. */
async function load(app: TestApp, workers: number, until: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; !until(); i += 1) samples.push(await timedRead(app, READS[i % READS.length]!));
    }),
  );
  return samples;
}

/** An app whose Neo4j connection goes through a proxy the test can cut or pause; set up and torn down per describe. */
function behindProxy(): { proxy: TcpProxy; app: () => TestApp } {
  let app: TestApp | undefined;
  const target = new URL(testConfig().neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
  const proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
  beforeAll(async () => {
    const port = await proxy.start();
    app = await startTestApp({ NEO4J_URI: `bolt://127.0.0.1:${port}`, RATE_LIMIT_MAX: '100000' });
  });
  afterAll(async () => {
    proxy.resume();
    await app?.close();
    await proxy.cut();
  });
  return { proxy, app: () => app! };
}

/** Whether the same process serves again (ready, and a read answers) within `withinMs`. */
async function recovers(app: TestApp, withinMs: number): Promise<boolean> {
  const back = Date.now();
  while (Date.now() - back < withinMs) {
    if ((await app.request('/ready')).status === 200 && (await timedRead(app, READS[0]!)).codes.length === 0)
      return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('database outage under load', () => {
  const { proxy, app: appOf } = behindProxy();

  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is down and recovers by itself', async () => {
    const app = appOf();
    // Each read once first: the app's first answer to a read compiles it and has Neo4j plan it,
    // which took over a second for all eight clients' first reads on the 2-core CI machine while
    // other suites started their servers (CI of 2026-12-07, twice). Cold starts are not this test's subject.
    for (const query of READS) expect((await timedRead(app, query)).codes).toEqual([]);
    // Healthy load first.
    let stop = Date.now() + 1_000;
    const healthy = await load(app, 8, () => Date.now() > stop);
    expect(healthy.length).toBeGreaterThan(8);
    expect(healthy.filter((s) => s.codes.length > 0)).toEqual([]);

    // Cut the database in the middle of a load.
    stop = Date.now() + 4_000;
    const during = load(app, 8, () => Date.now() > stop);
    await new Promise((r) => setTimeout(r, 300));
    await proxy.cut();
    const samples = await during;
    const failed = samples.filter((s) => s.codes.length > 0);
    expect(failed.length).toBeGreaterThan(0);
    expect([...new Set(failed.flatMap((s) => s.codes))]).toEqual(['SERVICE_UNAVAILABLE']);
    expect(Math.max(...samples.map((s) => s.ms))).toBeLessThan(5_000);

    const down = await timedRead(app, READS[0]!);
    expect(down.codes).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.ms).toBeLessThan(5_000);
    expect((await app.request('/ready')).status).toBe(503);
    expect((await app.request('/health')).status).toBe(200);

    // The database returns: the same process serves again within seconds.
    await proxy.restore();
    expect(await recovers(app, 10_000)).toBe(true);
    stop = Date.now() + 500;
    const after = await load(app, 8, () => Date.now() > stop);
    expect(after.filter((s) => s.codes.length > 0)).toEqual([]);
  });
});

describe('database stall (SIGSTOP equivalent: connections open, nothing answers)', () => {
  const { proxy, app: appOf } = behindProxy();

  it('answers every request with SERVICE_UNAVAILABLE within 5 s, /ready 503, and recovers after the stall', async () => {
    const app = appOf();
    let stop = Date.now() + 500;
    const healthy = await load(app, 4, () => Date.now() > stop);
    expect(healthy.filter((s) => s.codes.length > 0)).toEqual([]);

    proxy.pause();
    // Requests in flight and new ones during the stall, each on its own: none may hang.
    const during = await Promise.all(READS.map((query) => timedRead(app, query)));
    for (const sample of during) {
      expect(sample.codes).toEqual(['SERVICE_UNAVAILABLE']);
      expect(sample.ms).toBeLessThan(5_000);
    }
    const ready = performance.now();
    expect((await app.request('/ready')).status).toBe(503);
    expect(performance.now() - ready).toBeLessThan(5_000);
    const health = performance.now();
    expect((await app.request('/health')).status).toBe(200);
    expect(performance.now() - health).toBeLessThan(100);
    stop = Date.now() + 3_000;
    const underStall = await load(app, 8, () => Date.now() > stop);
    expect(Math.max(...underStall.map((s) => s.ms))).toBeLessThan(5_000);
    expect([...new Set(underStall.flatMap((s) => s.codes))]).toEqual(['SERVICE_UNAVAILABLE']);

    // SIGCONT: the same process serves again without a restart.
    proxy.resume();
    expect(await recovers(app, 15_000)).toBe(true);
    stop = Date.now() + 500;
    const after = await load(app, 4, () => Date.now() > stop);
    expect(after.filter((s) => s.codes.length > 0)).toEqual([]);
  });
});
