import { createServer, type Server } from 'node:http';

import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type KeyLike } from 'jose';

import { mintToken } from '../../src/auth/mint-token';
import { requireRole, ROLES, type Role, type User } from '../../src/auth/roles';
import { createTokenVerifier } from '../../src/auth/verify-token';
import type { Config } from '../../src/config';

const SECRET = 'unit-test-secret-unit-test-secret-0123';
const auth = (overrides: Partial<Config['auth']> = {}): Config['auth'] => ({
  jwtSecret: SECRET,
  jwksUrl: null,
  issuer: null,
  audience: null,
  requireRead: false,
  maxTokenAgeSeconds: 86_400,
  impactAnonymous: false,
  ...overrides,
});
const codeOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'accepted',
    (error: { extensions?: Record<string, unknown> }) => error.extensions?.['code'],
  );

describe('HS256 tokens', () => {
  const verify = createTokenVerifier(auth())!;

  it('accept a token minted by quanze token, keeping sub and the known roles', async () => {
    const token = await mintToken({ secret: SECRET, sub: '张三', roles: ['editor'], expiresIn: '1h' });
    await expect(verify(token)).resolves.toEqual({ sub: '张三', roles: ['editor'] });
  });

  it('drop roles it does not know', async () => {
    const token = await new SignJWT({ roles: ['editor', 'root', 7] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    await expect(verify(token)).resolves.toEqual({ sub: 'a', roles: ['editor'] });
  });

  it.each([
    ['expired', () => mintToken({ secret: SECRET, sub: 'a', roles: ['admin'], expiresIn: '-1m' })],
    [
      'signed with another key',
      () => mintToken({ secret: `${SECRET}-other`, sub: 'a', roles: ['admin'], expiresIn: '1h' }),
    ],
    [
      'unsigned (alg none)',
      () => Promise.resolve(new UnsecuredJWT({ roles: ['admin'] }).setSubject('a').setExpirationTime('1h').encode()),
    ],
    [
      'without exp',
      () =>
        new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('a')
          .sign(new TextEncoder().encode(SECRET)),
    ],
    [
      'without sub',
      () =>
        new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(SECRET)),
    ],
    ['not a JWT', () => Promise.resolve('a.b.c')],
  ])('refuse a token %s with UNAUTHENTICATED', async (_label, make) => {
    expect(await codeOf(verify(await make()))).toBe('UNAUTHENTICATED');
  });

  it('check issuer and audience when configured', async () => {
    const strict = createTokenVerifier(auth({ issuer: 'quanze', audience: 'api' }))!;
    const right = await mintToken({
      secret: SECRET,
      sub: 'a',
      roles: [],
      expiresIn: '1h',
      issuer: 'quanze',
      audience: 'api',
    });
    const wrong = await mintToken({
      secret: SECRET,
      sub: 'a',
      roles: [],
      expiresIn: '1h',
      issuer: 'elsewhere',
      audience: 'api',
    });
    await expect(strict(right)).resolves.toMatchObject({ sub: 'a' });
    expect(await codeOf(strict(wrong))).toBe('UNAUTHENTICATED');
  });

  it('are not verifiable without any configuration', () => {
    expect(createTokenVerifier(auth({ jwtSecret: null }))).toBeNull();
  });
});

describe('token age', () => {
  const signed = (iat: number | null, exp: string): Promise<string> => {
    let jwt = new SignJWT({ roles: ['editor'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('old').setExpirationTime(exp);
    if (iat !== null) jwt = jwt.setIssuedAt(iat);
    return jwt.sign(new TextEncoder().encode(SECRET));
  };

  it('refuses a token issued longer ago than the maximum age, even when it has not expired', async () => {
    const verify = createTokenVerifier(auth({ maxTokenAgeSeconds: 3600 }))!;
    const twoHoursAgo = Math.floor(Date.now() / 1000) - 7200;
    expect(await codeOf(verify(await signed(twoHoursAgo, '10y')))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verify(await signed(Math.floor(Date.now() / 1000) - 60, '1h')))).toBe('accepted');
  });

  it('refuses a token without iat (its age cannot be known)', async () => {
    const verify = createTokenVerifier(auth())!;
    expect(await codeOf(verify(await signed(null, '1h')))).toBe('UNAUTHENTICATED');
  });
});

describe('RS256 and ES256 tokens from a JWKS', () => {
  let server: Server;
  let url: string;
  const keys: Record<string, Awaited<ReturnType<typeof generateKeyPair>>> = {};

  beforeAll(async () => {
    keys['RS256'] = await generateKeyPair('RS256');
    keys['ES256'] = await generateKeyPair('ES256');
    const jwks = {
      keys: await Promise.all(
        Object.entries(keys).map(async ([alg, pair]) => ({
          ...(await exportJWK(pair.publicKey)),
          alg,
          kid: alg,
          use: 'sig',
        })),
      ),
    };
    server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (alg: string, key: KeyLike | Uint8Array, kid = alg): Promise<string> =>
    new SignJWT({ roles: ['reviewer'] })
      .setProtectedHeader({ alg, kid })
      .setSubject('idp-user')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);

  it.each(['RS256', 'ES256'])('accept %s tokens signed by a published key', async (alg) => {
    const verify = createTokenVerifier(auth({ jwtSecret: null, jwksUrl: url }))!;
    await expect(verify(await sign(alg, keys[alg]!.privateKey))).resolves.toEqual({
      sub: 'idp-user',
      roles: ['reviewer'],
    });
  });

  it('refuse a token signed by a key the JWKS does not publish', async () => {
    const verify = createTokenVerifier(auth({ jwtSecret: null, jwksUrl: url }))!;
    const stranger = await generateKeyPair('RS256');
    expect(await codeOf(verify(await sign('RS256', stranger.privateKey)))).toBe('UNAUTHENTICATED');
  });

  it('answer SERVICE_UNAVAILABLE, not UNAUTHENTICATED, when the JWKS cannot be fetched', async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const address = down.address();
    await new Promise<void>((resolve) => down.close(() => resolve()));
    const port = typeof address === 'object' && address ? address.port : 1;
    const verify = createTokenVerifier(auth({ jwtSecret: null, jwksUrl: `http://127.0.0.1:${port}/jwks.json` }))!;
    expect(await codeOf(verify(await sign('RS256', keys['RS256']!.privateKey)))).toBe('SERVICE_UNAVAILABLE');
  });

  it('refuse HS256 when only a JWKS is configured (no algorithm confusion)', async () => {
    const verify = createTokenVerifier(auth({ jwtSecret: null, jwksUrl: url }))!;
    expect(await codeOf(verify(await sign('HS256', new TextEncoder().encode(SECRET))))).toBe('UNAUTHENTICATED');
  });
});

describe('requireRole(ctx, "editor")', () => {
  const as = (roles: Role[]): { user: User } => ({ user: { sub: 'x', roles } });
  const outcome = (ctx: { user: User | null }): string => {
    try {
      requireRole(ctx, 'editor');
      return 'allowed';
    } catch (error) {
      return String((error as { extensions: Record<string, unknown> }).extensions['code']);
    }
  };

  it('lets editors and admins through, refuses viewers and reviewers, and asks anonymous callers to log in', () => {
    const matrix = Object.fromEntries(ROLES.map((role) => [role, outcome(as([role]))]));
    expect({ anonymous: outcome({ user: null }), none: outcome(as([])), ...matrix }).toEqual({
      anonymous: 'UNAUTHENTICATED',
      none: 'FORBIDDEN',
      viewer: 'FORBIDDEN',
      reviewer: 'FORBIDDEN',
      auditor: 'FORBIDDEN',
      planner: 'FORBIDDEN',
      editor: 'allowed',
      admin: 'allowed',
    });
  });
});
