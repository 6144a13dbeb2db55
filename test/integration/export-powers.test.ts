import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { exportPowers } from '../../src/cli/export-command';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import type { LawCatalog } from '../../src/domain/laws/types';
import { normalizeName } from '../../src/domain/text';
import { powersOfOrganization, type ExportedPowerRow } from '../../src/features/list-export/powers-export';
import { importPowers } from '../../src/importer/import-powers';
import { readFile } from '../../src/importer/read/read-file';
import { POWERS_SPEC } from '../../src/importer/read/header-specs';
import { lookupOrganizations } from '../../src/importer/write/referenced-organizations';
import { PROJECT_ROOT } from '../../src/paths';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { ensureLaws } from '../support/import-helpers';

/**
 * `quanze export powers` (issue 19): an organization's list as of a date in the standard columns,
 * and the round trip: the exported file, imported for a fresh organization (an empty list), gives
 * the same rows. On two demo lists and three real Karamay lists. 导出与往返导入。
 */

const VALID_FROM = '2024-01-01';
const AS_OF = '2024-06-01';
let app: TestApp;
let catalog: LawCatalog;
let dir: string;

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  catalog = await loadLawCatalog(app.db);
  dir = mkdtempSync(join(tmpdir(), 'quanze-export-'));
}, 240_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await app.close();
});

async function organizationId(name: string): Promise<string> {
  const key = normalizeName(name);
  const found = (await lookupOrganizations(app.db, [key])).get(key);
  if (!found) throw new Error(`no organization ${name}`);
  return found.id;
}

const importAs = (file: string, org: string) =>
  importPowers(app.db, file, { org, validFrom: VALID_FROM, dryRun: false, skipInvalid: false, catalog });

/** What a row says, without where it is or who holds it. */
const content = ({ id: _id, exercisedBy: _by, parentId, ...row }: ExportedPowerRow) => ({ ...row, subItem: parentId !== null });
const keyOf = (r: ExportedPowerRow): string => [r.sourceSheet, r.seqNo, r.name, r.subName].join('|');

/** Every field of every row that differs between the two lists ("key field: before → after"), and rows only one has. */
function differences(before: readonly ExportedPowerRow[], after: readonly ExportedPowerRow[]): string[] {
  const found: string[] = [];
  const others = new Map<string, ExportedPowerRow[]>();
  for (const r of after) others.set(keyOf(r), [...(others.get(keyOf(r)) ?? []), r]);
  for (const r of before) {
    const other = others.get(keyOf(r))?.shift();
    if (other === undefined) {
      found.push(`${keyOf(r)}: missing after the round trip`);
      continue;
    }
    const [a, b] = [content(r), content(other)] as [Record<string, unknown>, Record<string, unknown>];
    for (const field of Object.keys(a)) {
      if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) {
        found.push(`${keyOf(r)} ${field}: ${JSON.stringify(a[field])} → ${JSON.stringify(b[field])}`);
      }
    }
  }
  for (const [key, rest] of others) for (const _ of rest) found.push(`${key}: only after the round trip`);
  return found;
}

async function roundTrip(file: string, label: string): Promise<{ rows: number }> {
  const prefix = uniquePrefix(label);
  const original = `${prefix}原清单`;
  const first = await importAs(file, original);
  expect(first.errors).toEqual([]);
  const rows = await powersOfOrganization(app.db, await organizationId(original), AS_OF);
  expect(rows.length).toBeGreaterThan(0);

  const out = join(dir, `${prefix}.xlsx`);
  const exported = await exportPowers(app.db, { org: original, asOf: AS_OF, out });
  expect(exported.rows).toBe(rows.length);
  const read = await readFile(out, POWERS_SPEC);
  expect(read.problems).toEqual([]);

  const copy = `${prefix}副本`;
  const again = await importAs(out, copy);
  expect(again.errors).toEqual([]);
  expect(again.created).toBe(first.created + first.updated + first.unchanged);
  const copied = await powersOfOrganization(app.db, await organizationId(copy), AS_OF);
  expect(differences(rows, copied).slice(0, 12)).toEqual([]);
  return { rows: rows.length };
}

describe('quanze export powers, imported back', () => {
  it.each([
    ['data/demo/powers/990181-青石市市场监督管理局.csv', 'demo市场监管'],
    ['data/demo/powers/990181-青石市自然资源局.csv', 'demo自然资源'],
    ['test/fixtures/karamay/克拉玛依市商务局2024年权责清单.xlsx', 'ky商务'],
    ['test/fixtures/karamay/克拉玛依市应急管理局2024年权责清单.xls', 'ky应急'],
    ['test/fixtures/karamay/克拉玛依市自然资源局2024年权责清单 (1).xls', 'ky自然资源'],
  ])('%s gives the same rows', async (file, label) => {
    await roundTrip(join(PROJECT_ROOT, file), label);
  }, 240_000);

  it('writes the standard headers in Chinese under the title row, and refuses an unknown organization', async () => {
    const prefix = uniquePrefix('headers');
    await importAs(join(PROJECT_ROOT, 'data/demo/powers/990181-青石市审计局.csv'), `${prefix}局`);
    const out = join(dir, `${prefix}.xlsx`);
    await exportPowers(app.db, { org: `${prefix}局`, asOf: AS_OF, out });
    const read = await readFile(out, POWERS_SPEC);
    expect(read.sheets[0]?.titles).toEqual([`${prefix}局权责清单`]);
    expect(Object.keys(read.sheets[0]?.columns ?? {}).sort()).toEqual(
      [
        'seqNo', 'name', 'subName', 'category', 'code', 'basis', 'exercisedBy', 'undertakenBy', 'level',
        'scope', 'departmentDuty', 'responsibilities', 'responsibilityBasis', 'accountabilityScope', 'accountability', 'remarks',
      ].sort(),
    );
    await expect(exportPowers(app.db, { org: `${prefix}无此机构`, asOf: AS_OF, out })).rejects.toThrow('找不到机构');
  });
});
