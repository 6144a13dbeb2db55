import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { importPowers } from '../../src/importer/import-powers';
import { loadLawCatalog } from '../../src/domain/laws/law-store';
import type { StoredCitation } from '../../src/domain/citations/row-citations';
import type { LawCatalog } from '../../src/domain/laws/types';
import { PROJECT_ROOT } from '../../src/paths';
import { KARAMAY_LISTS } from '../fixtures/karamay/expected';
import { startTestApp, type TestApp } from '../support/app';
import { ensureLaws, powersOfFile, provisionsOf } from '../support/import-helpers';
import { importKaramayList, KARAMAY_DIR, KARAMAY_VALID_FROM } from '../support/karamay';

const DIR = KARAMAY_DIR;
const VALID_FROM = KARAMAY_VALID_FROM;

let app: TestApp;
let catalog: LawCatalog;

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
  catalog = await loadLawCatalog(app.db);
}, 240_000);

afterAll(async () => {
  await app.close();
});

const run = (file: string) => importKaramayList(app.db, file, catalog);

describe('the 16 real Karamay lists', () => {
  it.each(KARAMAY_LISTS)('%s imports with every power a careful reader counts', async (file, _format, items, subItems) => {
    const summary = await run(file);
    expect(summary.errors).toEqual([]);
    expect(summary.rowsRead).toBe(items + subItems);
    // `updated`: a database kept from an earlier importer holds older versions of some rows.
    expect(summary.created + summary.updated + summary.unchanged).toBe(items + subItems);

    // Rows an earlier importer credited to a template body (地州市商务主管部门), and row versions
    // it retired, may still be in a long-lived database: the current rows of the organizations this
    // import credited are counted.
    const credited = new Set((summary.creditedOrganizations ?? []).map((o) => o.name));
    const powers = (await powersOfFile(app.db, file)).filter(
      (p) => credited.has(String(p['exercisedBy'])) && p['validTo'] === null,
    );
    // The second 档案局 file is byte-identical to the first: its rows are the same Power nodes.
    if (summary.created + summary.updated > 0) {
      expect(powers.filter((p) => !p['isSubItem'])).toHaveLength(items);
      expect(powers.filter((p) => p['isSubItem'])).toHaveLength(subItems);
      expect(powers.every((p) => p['exercisers'] === 1)).toBe(true);
    }

    const again = await run(file);
    expect(again).toMatchObject({ created: 0, updated: 0, retired: 0, unchanged: items + subItems, written: false });
  });

  // [file, organization named in its title or file name, rows credited to another body, year]
  const OWNERS: ReadonlyArray<readonly [string, string, Record<string, number>, string | null]> = [
    ['2024年市农业农村局权责清单.xls', '市农业农村局', {}, '2024'],
    ['克拉玛依市人力资源和社会保障局2024年权责清单.xls', '克拉玛依市人力资源和社会保障局', {}, '2024'],
    ['克拉玛依市住房和城乡建设局2024年权责清单.xls', '克拉玛依市住房和城乡建设局', {}, '2024'],
    ['克拉玛依市发展和改革委员会2024年权责清单.xls', '克拉玛依市发展和改革委员会', {}, '2024'],
    ['克拉玛依市商务局2024年权责清单.xlsx', '克拉玛依市商务局', {}, '2024'],
    ['克拉玛依市委宣传部（新闻出版局）2024年权责清单 (1).xlsx', '克拉玛依市委宣传部', {}, '2024'],
    ['克拉玛依市应急管理局2024年权责清单.xls', '克拉玛依市应急管理局', {}, '2024'],
    ['克拉玛依市文化体育广播电视和旅游局2024年权责清单.xlsx', '克拉玛依市文化体育广播电视和旅游局', {}, '2024'],
    ['克拉玛依市机关事务管理局2024年权责清单.xls', '克拉玛依市机关事务管理局', {}, '2024'],
    ['克拉玛依市档案局2024年权责清单 (1).xlsx', '克拉玛依市档案局', {}, '2024'],
    ['克拉玛依市档案局2024年权责清单.xlsx', '克拉玛依市档案局', {}, '2024'],
    ['克拉玛依市生态环境局2024年权责清单.xls', '克拉玛依市生态环境局', {}, '2024'],
    // One row's 行使主体 is 市人民政府 (科学技术奖 is the city government's): its own body, qualified.
    ['克拉玛依市科学技术局2024年权责清单.xls', '克拉玛依市科学技术局', { 克拉玛依市人民政府: 1 }, '2024'],
    ['克拉玛依市自然资源局2024年权责清单 (1).xls', '克拉玛依市自然资源局', {}, '2024'],
    // The file name says 国动办; the rows write the full name. No year anywhere: today, with a warning.
    ['国动办权责清单公示.xlsx', '克拉玛依市国防动员办公室（克拉玛依市人民防空办公室）', {}, null],
    ['附件：克拉玛依市市场监督管理局2024年权责清单.xls', '克拉玛依市市场监督管理局', {}, '2024'],
  ];

  it('covers every list', () => {
    expect(OWNERS.map(([file]) => file).sort()).toEqual(KARAMAY_LISTS.map(([file]) => file).sort());
  });

  it.each(OWNERS)('with no options, %s credits its rows to %s with the list\'s year', async (file, owner, others, year) => {
    const summary = await importPowers(app.db, join(DIR, file), { dryRun: false, skipInvalid: false, catalog });
    expect(summary.errors).toEqual([]);
    const otherRows = Object.values(others).reduce((a, b) => a + b, 0);
    expect(summary.creditedOrganizations).toEqual(
      expect.arrayContaining([{ name: owner, rows: summary.rowsRead - otherRows }, ...Object.entries(others).map(([name, rows]) => ({ name, rows }))]),
    );
    expect(summary.creditedOrganizations).toHaveLength(1 + Object.keys(others).length);
    expect(summary.createdOrganizations.filter((n) => /地州市|主管部门|各区/u.test(n))).toEqual([]);
    if (year === null) {
      expect(summary.validFrom).toEqual({ date: expect.any(String), from: 'today' });
      expect(summary.warnings).toContainEqual(expect.objectContaining({ message: expect.stringContaining('--valid-from') }));
      return;
    }
    expect(summary.validFrom).toEqual({ date: `${year}-01-01`, from: expect.stringMatching(/^(title|fileName)$/) });
    const powers = (await powersOfFile(app.db, file)).filter((p) => p['exercisedBy'] === owner);
    // The second 档案局 file is byte-identical to the first: its rows carry the first file's name.
    if (file !== '克拉玛依市档案局2024年权责清单.xlsx') expect(powers.length).toBeGreaterThan(0);
    expect(powers.every((p) => p['validFrom'] === `${year}-01-01`)).toBe(true);
  });

  it('splits a 承办机构 cell naming several units into one internal unit each', async () => {
    const powers = await powersOfFile(app.db, '克拉玛依市人力资源和社会保障局2024年权责清单.xls');
    // Current rows of this importer's owner only: a shared database may hold rows an older importer credited elsewhere.
    const units = powers
      .filter((p) => p['validTo'] === null && p['exercisedBy'] === '克拉玛依市人力资源和社会保障局')
      .map((p) => (p['undertakenBy'] as string[]).slice().sort());
    expect(units).toContainEqual(['劳动关系科（劳动保障监察科）', '市社会保险中心']);
    expect(units.flat().filter((u) => /[、，,;；]/u.test(u.replace(/（[^）]*）/gu, '')))).toEqual([]);
  });

  it('resolves at least 85% of the citations to national laws, to an article or a chapter of a version', async () => {
    let national = 0;
    let resolved = 0;
    for (const [file] of KARAMAY_LISTS) {
      for (const power of await powersOfFile(app.db, file)) {
        for (const c of JSON.parse(String(power['citations'])) as StoredCitation[]) {
          const isNational =
            c.level === 'LAW' || c.level === 'ADMIN_REGULATION' || (c.lawName ?? '').startsWith('中华人民共和国') || c.lawId !== null;
          if (!isNational) continue;
          national += 1;
          if (c.provisionId !== null) resolved += 1;
        }
      }
    }
    expect(national).toBeGreaterThan(9000);
    expect(resolved / national).toBeGreaterThanOrEqual(0.85);
  });

  it('links a hand-checked citation to the right law, version and article (社会保险法 §88)', async () => {
    const file = '克拉玛依市人力资源和社会保障局2024年权责清单.xls';
    const powers = await powersOfFile(app.db, file);
    const fraud = powers.find((p) => String(p['name']).includes('骗取社会保险待遇'));
    expect(fraud).toBeDefined();
    const links = await provisionsOf(app.db, file, String(fraud!['name']));
    expect(links).toContainEqual(
      expect.objectContaining({ law: '社会保险法', article: 88, role: 'IMPLEMENTING' }),
    );
  });

  it('runs as the quanze command: exit status 0 and one JSON object on the last line', async () => {
    const file = join(DIR, '国动办权责清单公示.xlsx');
    const { stdout } = await promisify(execFile)(join(PROJECT_ROOT, 'bin/quanze.cjs'), [
      'import', 'powers', file, '--json', '--valid-from', VALID_FROM,
    ], { env: { ...process.env, NODE_ENV: 'test' } });
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(last).toMatchObject({ file, kind: 'powers', rowsRead: 19, created: 0, unchanged: 19, rejected: 0, errors: [] });
    expect(last['citations']).toEqual({ resolved: expect.any(Number), unresolved: expect.any(Number) });
  });

  it('prints warning texts with --json and without --dry-run (a list with no year anywhere)', async () => {
    const file = join(DIR, '国动办权责清单公示.xlsx');
    const quanze = (args: string[]) =>
      promisify(execFile)(join(PROJECT_ROOT, 'bin/quanze.cjs'), ['import', 'powers', file, ...args], {
        env: { ...process.env, NODE_ENV: 'test' },
      });
    const json = JSON.parse((await quanze(['--json'])).stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(json['validFrom']).toEqual({ date: expect.any(String), from: 'today' });
    expect(json['warnings']).toContainEqual(
      expect.objectContaining({ row: 0, message: expect.stringContaining('--valid-from'), messageEn: expect.stringContaining('--valid-from') }),
    );
    expect(json['warningCount']).toBe((json['warnings'] as unknown[]).length);
    const { stdout } = await quanze([]);
    expect(stdout).toContain('标题行和文件名中都没有年份');
    expect(stdout).toContain('职权归属 rows credited to: 克拉玛依市国防动员办公室（克拉玛依市人民防空办公室） 19');
  });
});
