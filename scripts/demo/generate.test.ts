import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generate } from './generate';

const hashes = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
};

const DEMO = join(__dirname, '../../data/demo');
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'quanze-demo-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('demo generator', () => {
  it('writes byte-identical files for the same seed and scale', () => {
    const a = tmp();
    const b = tmp();
    generate({ scale: 1, out: a, seed: 7 });
    generate({ scale: 1, out: b, seed: 7 });
    expect(hashes(a)).toEqual(hashes(b));
  });

  it('keeps the committed data/demo files equal to a fresh default run', () => {
    const fresh = tmp();
    generate({ scale: 1, out: fresh, seed: 20240601 });
    const committed = Object.fromEntries(Object.entries(hashes(DEMO)).filter(([f]) => !f.startsWith('real/') && f.endsWith('.csv') || f === 'manifest.json'));
    expect(committed).toEqual(hashes(fresh));
  });

  it('produces the documented counts at scale 1', () => {
    const { counts, manifest } = generate({ scale: 1, out: tmp(), seed: 20240601 });
    expect(counts).toEqual({
      counties: 1, divisions: 15, organizations: 145, townships: 12, powerItems: 1623, powerRows: 1761,
      handoverRows: 175, handovers: 1675, whistleMatters: 167, dutyItems: 277, lenientItems: 98, files: 42,
    });
    expect(manifest.map((m) => m.kind)).toEqual(['divisions', 'organizations', ...Array<string>(36).fill('powers'), 'enforcement', 'whistle', 'duties', 'lenient']);
  });

  it('grows with --scale 2: a second county with more townships', () => {
    const { counts } = generate({ scale: 2, out: tmp(), seed: 20240601 });
    expect(counts).toEqual({
      counties: 2, divisions: 86, organizations: 287, townships: 81, powerItems: 4267, powerRows: 4543,
      handoverRows: 215, handovers: 3353, whistleMatters: 334, dutyItems: 761, lenientItems: 196, files: 12,
    });
  });

  it('gives different data for a different seed', () => {
    const a = tmp();
    const b = tmp();
    generate({ scale: 1, out: a, seed: 1 });
    generate({ scale: 1, out: b, seed: 2 });
    expect(hashes(a)['enforcement/990181-青石市.csv']).not.toEqual(hashes(b)['enforcement/990181-青石市.csv']);
  });
});
