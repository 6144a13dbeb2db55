/**
 * The node options the compiled service starts with (src/server/node-flags.ts): `auto` counts the
 * store's powers on the real Neo4j and takes the `memory` profile from SERVICE_MEMORY_PROFILE_POWERS
 * on; src/node-options.ts prints them for the Dockerfile's `exec node $(…) dist/src/main.js`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { cypher } from '../../src/db/cypher-registry';
import { NODE_PROFILE_OPTIONS } from '../../src/server/node-flags';
import { chooseNodeProfile } from '../../src/server/node-profile';
import { startTestApp, testConfig, uniquePrefix, type TestApp } from '../support/app';
import { PowerBuilder } from '../support/power-builders';

const root = join(__dirname, '..', '..');
let app: TestApp;
let powers = 0;

beforeAll(async () => {
  app = await startTestApp();
  await new PowerBuilder(app, uniquePrefix('node-profile')).powers([{ key: 'p1', name: '一条权力' }]);
  const [row] = await app.db.read('test.powerCount', cypher('server/power-count'));
  powers = Number(row?.['powers']);
});

afterAll(async () => {
  await app.close();
});

/** `src/node-options.ts` as the Dockerfile runs its compiled form, with the test database's settings. */
function nodeOptions(env: NodeJS.ProcessEnv): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(root, 'src', 'node-options.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('the node profile chosen by the store', () => {
  it('counts the powers and takes memory from the bound on, throughput below it', async () => {
    expect(powers).toBeGreaterThanOrEqual(1);
    const below = await chooseNodeProfile(testConfig({ SERVICE_MEMORY_PROFILE_POWERS: String(powers + 1) }));
    expect(below).toMatchObject({ profile: 'throughput', powers, options: NODE_PROFILE_OPTIONS.throughput });
    expect(below.reason).toContain(`${powers}`);
    const at = await chooseNodeProfile(testConfig({ SERVICE_MEMORY_PROFILE_POWERS: String(powers) }));
    expect(at).toMatchObject({ profile: 'memory', powers, options: NODE_PROFILE_OPTIONS.memory });
  });

  it('takes a set profile without reading the store', async () => {
    const set = await chooseNodeProfile(
      testConfig({
        SERVICE_NODE_PROFILE: 'memory',
        NEO4J_URI: 'bolt://127.0.0.1:1',
        SERVICE_NODE_PROFILE_WAIT_MS: '0',
      }),
    );
    expect(set).toMatchObject({ profile: 'memory', powers: null });
    expect(set.reason).toContain('SERVICE_NODE_PROFILE=memory');
  });

  it('takes throughput, and says why, when the store cannot be read', async () => {
    const down = await chooseNodeProfile(
      testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', SERVICE_NODE_PROFILE_WAIT_MS: '0' }),
    );
    expect(down).toMatchObject({ profile: 'throughput', powers: null });
    expect(down.reason).toMatch(/无法读取库的规模 \/ could not read the store's size/u);
  });

  it('prints the options for the shell, the reason on stderr', () => {
    const memory = nodeOptions({ SERVICE_MEMORY_PROFILE_POWERS: '1' });
    expect(memory.status).toBe(0);
    expect(memory.stdout.trim().split(/\s+/u)).toEqual(NODE_PROFILE_OPTIONS.memory);
    expect(memory.stderr).toMatch(/memory/u);

    const throughput = nodeOptions({ SERVICE_MEMORY_PROFILE_POWERS: String(powers + 1_000_000) });
    expect(throughput.stdout.trim().split(/\s+/u)).toEqual(NODE_PROFILE_OPTIONS.throughput);
  });

  it('prints throughput options when the configuration is invalid, and leaves the error to the service', () => {
    const invalid = nodeOptions({ SERVICE_NODE_PROFILE: 'fast' });
    expect(invalid.status).toBe(0);
    expect(invalid.stdout.trim().split(/\s+/u)).toEqual(NODE_PROFILE_OPTIONS.throughput);
    expect(invalid.stderr).toMatch(/throughput/u);
  });
});
