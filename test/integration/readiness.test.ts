import { pacedConnectionCount } from '../../src/db/read-pacing';
import { gql, startTestApp, testConfig, type TestApp } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

describe('health and readiness', () => {
  let app: TestApp;
  let pacedBefore = 0;
  const target = new URL(testConfig().neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
  const proxy = new TcpProxy(target.hostname, Number(target.port || 7687));

  beforeAll(async () => {
    const port = await proxy.start();
    pacedBefore = pacedConnectionCount();
    app = await startTestApp({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await app.close();
    await proxy.cut();
  });

  const ready = async (): Promise<number> => (await app.request('/ready')).status;

  it('answers /health and /ready with 200 while Neo4j answers', async () => {
    expect((await app.request('/health')).status).toBe(200);
    expect(await ready()).toBe(200);
  });

  it('paces the reads of its Bolt connections (src/db/read-pacing.ts)', async () => {
    const answer = await gql(app, '{ organizations(first: 1) { totalCount } }');
    expect(answer.errors).toBeUndefined();
    expect(pacedConnectionCount()).toBeGreaterThan(pacedBefore);
  });

  it('turns /ready to 503 while Neo4j is unreachable and back to 200 when it returns, without a restart', async () => {
    await proxy.cut();
    const started = Date.now();
    expect(await ready()).toBe(503);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await app.request('/health')).status).toBe(200);

    const down = await gql(app, '{ organizations(first: 1) { totalCount } }');
    expect(down.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');

    await proxy.restore();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      status = await ready();
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
