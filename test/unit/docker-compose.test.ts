import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { PLANNING_SETTINGS } from '../../scripts/neo4j/neo4j-home';

/**
 * docker-compose.yml cannot run on machines without Docker, so it is checked as data: the image,
 * ports, healthcheck, start order, and that the API gets exactly the environment src/config.ts reads.
 */

const root = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string | number | boolean>;
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition?: string }>;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read('docker-compose.yml')) as Compose;
const service = (name: string): Service => {
  const found = compose.services[name];
  if (found === undefined) throw new Error(`no service ${name}`);
  return found;
};
const neo4j = service('neo4j');
const api = service('api');

/** `${NAME:-default}` becomes its default, as Compose does when NAME is unset. */
const withDefaults = (value: string | number | boolean): string =>
  String(value).replace(/\$\{[A-Z][A-Z0-9_]*:-([^}]*)\}/g, (_match, fallback: string) => fallback);

/** config.ts exports no key list, so the keys come from its zod object literal. */
function configKeys(): string[] {
  const source = read('src/config.ts');
  const body = /z\.object\(\{([\s\S]*?)\n\}\);/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1] ?? '');
}

describe('docker-compose.yml', () => {
  it('runs the Neo4j 5.26 community image with its data on a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes ?? {})).toEqual(['neo4j-data']);
  });

  it('publishes Bolt 7687 for Neo4j and 4000 for the API', () => {
    expect(neo4j.ports?.some((port) => port.endsWith(':7687'))).toBe(true);
    // Loopback unless API_BIND says otherwise.
    expect(api.ports?.map(withDefaults)).toEqual(['127.0.0.1:4000:4000']);
    expect(neo4j.ports?.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('gives Neo4j the planning settings the local server has (the image maps NEO4J_a_b__c to a.b_c)', () => {
    const entries = Object.entries(PLANNING_SETTINGS);
    expect(entries.length).toBeGreaterThan(0);
    for (const [key, value] of entries) {
      const name = `NEO4J_${key.replace(/_/g, '__').replace(/\./g, '_')}`;
      expect({ name, value: String(neo4j.environment?.[name]) }).toEqual({ name, value });
    }
  });

  it('health-checks Neo4j over HTTP with wget, which the image ships', () => {
    expect(neo4j.healthcheck?.test).toEqual(['CMD-SHELL', 'wget --quiet --spider http://localhost:7474 || exit 1']);
  });

  it('health-checks the API through /ready with Node itself (the slim image has no curl or wget)', () => {
    const test = api.healthcheck?.test;
    expect(Array.isArray(test) ? test.slice(0, 3) : test).toEqual(['CMD', 'node', '-e']);
    expect(String(Array.isArray(test) ? test[3] : '')).toContain("fetch('http://127.0.0.1:4000/ready')");
  });

  it('starts the API only once Neo4j is healthy', () => {
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
  });

  it('gives the API only environment names that src/config.ts validates, and every one production needs', () => {
    const keys = configKeys();
    expect(keys).toEqual(expect.arrayContaining(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'HOST', 'PORT', 'NODE_ENV', 'LOG_LEVEL', 'AUTH_JWT_SECRET']));
    const given = Object.keys(api.environment ?? {});
    expect(given.filter((k) => !keys.includes(k))).toEqual([]);
    expect(given.sort()).toEqual(
      ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'HOST', 'PORT', 'NODE_ENV', 'LOG_LEVEL', 'AUTH_JWT_SECRET', 'CORS_ORIGINS'].sort(),
    );
  });

  it('gives the API values that config accepts, pointing at the neo4j service', () => {
    const env = Object.fromEntries(
      Object.entries(api.environment ?? {}).map(([key, value]) => [key, withDefaults(value)]),
    );
    // `${AUTH_JWT_SECRET:?…}` makes compose refuse to start without a secret; give it one here.
    env['AUTH_JWT_SECRET'] = 'a-secret-of-at-least-thirty-two-characters!';
    env['NEO4J_PASSWORD'] = 'a-password-from-the-environment';
    const config = loadConfig(env);
    expect(config.neo4j).toEqual({
      uri: 'bolt://neo4j:7687',
      uriConfigured: true,
      user: 'neo4j',
      password: 'a-password-from-the-environment',
      database: 'neo4j',
      transactionTimeoutMs: 120_000,
      stallCheckMs: 2_000,
      probeMs: 1_500,
    });
    expect([config.host, config.port, config.nodeEnv, config.logLevel]).toEqual([
      '0.0.0.0',
      4000,
      'production',
      'info',
    ]);
  });

  it('turns Neo4j authentication on with a password compose requires from the environment, the same the API uses', () => {
    const required = /^\$\{NEO4J_PASSWORD:\?[^}]+\}$/;
    expect(String(neo4j.environment?.['NEO4J_AUTH'])).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(String(api.environment?.['NEO4J_PASSWORD'])).toMatch(required);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds in one stage and runs the compiled service on node:20-slim in another', () => {
    expect(dockerfile.match(/^FROM .*$/gm)).toEqual(['FROM node:20-slim AS build', 'FROM node:20-slim AS runtime']);
    expect(dockerfile).toContain('RUN npm run build');
    expect(dockerfile).toContain('RUN npm ci --omit=dev');
    expect(dockerfile).toContain('COPY --from=build /app/dist ./dist');
  });

  it('copies nothing .dockerignore leaves out of the build context, and builds and ships the graph page', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => (m[1] ?? '').split(/\s+/));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(ignored).not.toContain(source.replace(/\/$/, ''));
      expect(existsSync(join(root, source))).toBe(true);
    }
    expect(dockerfile).toContain('npm run build:web');
    expect(dockerfile).toContain('COPY --from=build /app/web/dist ./web/dist');
  });

  it('keeps local databases, secrets and build output out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const pattern of ['.git', 'node_modules', '.neo4j', '.neo4j-*', '.env', '.env.*', 'dist', 'web/dist']) expect(ignored).toContain(pattern);
    // The example settings may go in; nothing the image runs reads them.
    expect(ignored).toContain('!.env.example');
  });

  it('compiles to dist/src/main.js, the file CMD runs, and the graph page from web/build.ts', () => {
    const build = JSON.parse(read('tsconfig.build.json')) as { include?: string[] };
    expect(build.include).toContain('src');
    expect(existsSync(join(root, 'src', 'main.ts'))).toBe(true);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build']).toBe('tsc -p tsconfig.build.json');
    expect(scripts['build:web']).toBe('tsx web/build.ts');
    expect(read('web/build.ts')).toMatch(/dist = join\(web, 'dist'\)/u);
  });

  it('runs the service as the unprivileged node user in production mode', () => {
    expect(dockerfile).toMatch(/^USER node$/mu);
    expect(dockerfile).toMatch(/ENV NODE_ENV=production/u);
  });

  it('runs dist/src/main.js with the node options src/node-options.ts chooses, as the bench and npm start do', () => {
    const commands = dockerfile.match(/^CMD .*$/gm) ?? [];
    expect(commands).toHaveLength(1);
    // test/integration/node-profile.test.ts runs the substitution's script against a real Neo4j.
    expect(JSON.parse(commands[0]!.slice('CMD '.length))).toEqual([
      'sh',
      '-c',
      'exec node $(node dist/src/node-options.js) dist/src/main.js',
    ]);
    expect(existsSync(join(root, 'src', 'node-options.ts'))).toBe(true);
  });
});
