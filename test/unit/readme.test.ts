/** Issue 20: the README stays true to the product, and what it shows exists. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('links only local images and documents that exist', () => {
    const targets = [...readme.matchAll(/\]\(((?:docs|data|bench)\/[^)\s#]+)\)/gu)].map((m) => m[1]!);
    expect(targets).toContain('docs/graph-page-what-if.png');
    expect(targets.filter((t) => !existsSync(join(ROOT, t)))).toEqual([]);
  });

  it('no longer says the graph page waits for the what-if feature (it is in the side panel)', () => {
    expect(readme).not.toContain('待调整功能上线后提供');
    expect(readme).not.toContain('waits for the reassignment feature');
    expect(readme).toContain('假设调整');
  });
});
