import { isNonNullType } from 'graphql';
import { SignJWT, UnsecuredJWT } from 'jose';

import { mintToken } from '../../src/auth/mint-token';
import { requireRole, ROLES } from '../../src/auth/roles';
import { createTokenVerifier } from '../../src/auth/verify-token';
import { buildSchema } from '../../src/schema';
import { startTestApp, testConfig, type TestApp } from '../support/app';
import { sampleInput } from '../support/sample-input';

/**
 * The authorization matrix: every mutation of the schema × every kind of caller. Only editors and
 * admins get past the guard; bad tokens never reach GraphQL. 授权矩阵：只有编辑者和管理员可以执行变更。
 */

const SECRET = 'security-auth-test-secret-0123456789ab';
const sign = (roles: string[], expiresIn = '1h', secret = SECRET): Promise<string> =>
  mintToken({ secret, sub: `matrix-${roles.join('-') || 'none'}`, roles: roles as never, expiresIn });

/** Every kind of caller, with the outcome each must get from a mutation. */
const CALLERS: {
  name: string;
  token: () => Promise<string | null>;
  expect: 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 401;
}[] = [
  { name: 'anonymous', token: () => Promise.resolve(null), expect: 'UNAUTHENTICATED' },
  ...ROLES.map((role) => ({
    name: role,
    token: () => sign([role]),
    expect: role === 'editor' || role === 'admin' ? ('allowed' as const) : ('FORBIDDEN' as const),
  })),
  { name: 'expired token', token: () => sign(['admin'], '-5m'), expect: 401 },
  { name: 'wrong key', token: () => sign(['admin'], '1h', `${SECRET}-not-ours`), expect: 401 },
  {
    name: 'alg none',
    token: () =>
      Promise.resolve(new UnsecuredJWT({ roles: ['admin'] }).setSubject('mallory').setExpirationTime('1h').encode()),
    expect: 401,
  },
  {
    name: 'HS256 token without exp',
    token: () =>
      new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .sign(new TextEncoder().encode(SECRET)),
    expect: 401,
  },
];


const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

function mutationRequest(name: string): { query: string; variables: Record<string, unknown> } {
  const field = schema.getMutationType()!.getFields()[name]!;
  const required = field.args.filter((a) => isNonNullType(a.type));
  const definitions = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `mutation${definitions ? `(${definitions})` : ''} { ${name}${args ? `(${args})` : ''} { __typename } }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sampleInput(a.type)])),
  };
}

async function call(app: TestApp, body: object, token: string | null): Promise<{ status: number; codes: string[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  const response = await app.request('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (json.errors ?? []).map((e) => e.extensions?.code ?? '') };
}

const outcomeOf = (result: { status: number; codes: string[] }): string | number => {
  if (result.status === 401) return 401;
  return result.codes.find((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN') ?? 'allowed';
};

describe('authorization matrix', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: SECRET });
  });
  afterAll(async () => {
    await app.close();
  });

  if (mutations.length > 0) {
    it.each(mutations.map((m) => m.name))('%s: only editor and admin get past the guard', async (name) => {
      const outcomes: Record<string, string | number> = {};
      for (const caller of CALLERS)
        outcomes[caller.name] = outcomeOf(await call(app, mutationRequest(name), await caller.token()));
      expect(outcomes).toEqual(Object.fromEntries(CALLERS.map((c) => [c.name, c.expect])));
    });
  }

  it('guards with requireRole(ctx, "editor") on the user the server verified from each token', async () => {
    const verify = createTokenVerifier(testConfig({ AUTH_JWT_SECRET: SECRET }).auth)!;
    const outcomes: Record<string, string | number> = {};
    for (const caller of CALLERS) {
      const token = await caller.token();
      try {
        const user = token === null ? null : await verify(token).catch(() => 'refused' as const);
        if (user === 'refused') {
          outcomes[caller.name] = 401;
          continue;
        }
        requireRole({ user }, 'editor');
        outcomes[caller.name] = 'allowed';
      } catch (error) {
        outcomes[caller.name] = String((error as { extensions: Record<string, unknown> }).extensions['code']);
      }
    }
    expect(outcomes).toEqual(Object.fromEntries(CALLERS.map((c) => [c.name, c.expect])));
  });

  it('lets anonymous callers and every role read, and refuses bad tokens with 401 even on reads', async () => {
    const read = { query: '{ organizations(first: 1) { totalCount } }' };
    const outcomes: Record<string, string | number> = {};
    for (const caller of CALLERS) {
      const result = await call(app, read, await caller.token());
      outcomes[caller.name] = result.status === 401 ? 401 : result.codes.length === 0 ? 'read' : result.codes.join();
    }
    expect(outcomes).toEqual(Object.fromEntries(CALLERS.map((c) => [c.name, c.expect === 401 ? 401 : 'read'])));
  });

  it('refuses other authorization schemes and malformed bearer values', async () => {
    const read = JSON.stringify({ query: '{ __typename }' });
    for (const authorization of ['Basic bmVvNGo6bmVvNGo=', 'Bearer', 'Bearer not-a-jwt', `Bearer ${'a'.repeat(20)}`]) {
      const response = await app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: read,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
    }
  });
});

describe('AUTH_REQUIRE_READ=true', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: SECRET, AUTH_REQUIRE_READ: 'true' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses anonymous queries with 401 UNAUTHENTICATED before any database call, and serves any valid token', async () => {
    const read = { query: '{ organizations(first: 1) { totalCount } }' };
    const before = app.db.roundTrips;
    const anonymous = await call(app, read, null);
    expect(anonymous).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect(app.db.roundTrips).toBe(before);
    for (const role of ROLES) expect(await call(app, read, await sign([role]))).toEqual({ status: 200, codes: [] });
    expect((await call(app, read, await sign([], '-1m'))).status).toBe(401);
  });
});
