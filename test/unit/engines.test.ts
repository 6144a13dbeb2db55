/**
 * Issue 20: `npm install` on the Node version the README names prints no EBADENGINE warning.
 * Every package the lock file installs must accept that version (package.json pins, through
 * `overrides`, the versions of @whatwg-node/*, sync-fetch, listr2 and light-my-request that do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { minVersion, satisfies } from 'semver';

const ROOT = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('Node version', () => {
  const oldest = minVersion(pkg.engines.node)!.version;

  it('the README states the engines range of package.json', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(pkg.engines.node).toBe('>=20.19');
    expect(readme).toContain('Node.js 20.19');
  });

  it(`every locked package accepts Node ${oldest} and the newest 20.x`, () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, info]) => {
      const range = Array.isArray(info.engines) ? undefined : info.engines?.node;
      if (range === undefined) return [];
      return ['20.19.0', '20.20.2'].filter((v) => !satisfies(v, range)).map((v) => `${path}@${info.version ?? ''} wants ${range} (not ${v})`);
    });
    expect(refusing).toEqual([]);
  });
});
