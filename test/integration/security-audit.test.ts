import { serverAudits } from 'graphql-http';

import { startTestApp, type TestApp } from '../support/app';

/**
 * The GraphQL-over-HTTP audit suite of graphql-http against the running service: every MUST of
 * the specification passes (SHOULD/MAY results are reported by name only).
 * graphql-http 的 GraphQL over HTTP 规范审计：所有 MUST 项通过。
 */
describe('GraphQL over HTTP audits (graphql-http serverAudits)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: 'security-audit-test-secret-0123456789' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('passes every MUST', async () => {
    const audits = serverAudits({ url: `${app.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    let musts = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (!audit.name.startsWith('MUST')) continue;
      musts += 1;
      if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(musts).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
