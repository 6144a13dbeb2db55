import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';

import { catalogLevelOf } from '../../src/domain/catalog';
import { IMPORTERS } from '../../src/importer/kinds';
import { PROJECT_ROOT } from '../../src/paths';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { graphSnapshot } from '../support/graph-checksum';
import { catalogItems, ensureLaws } from '../support/import-helpers';

/**
 * The real forestry catalog (克拉玛依市林业和草原系统2024年地县两级权责清单指导目录.xls, issue 17
 * §1) imported as `quanze import catalog FILE --name ...` does, with the default options (valid
 * from today), under a catalog name unique to this file.
 */
const FILE = join(PROJECT_ROOT, 'test/fixtures/karamay/克拉玛依市林业和草原系统2024年地县两级权责清单指导目录.xls');

let app: TestApp;
const prefix = uniquePrefix('目录');
const name = `${prefix}林草指导目录`;

beforeAll(async () => {
  app = await startTestApp();
  await ensureLaws(app.db);
}, 240_000);
afterAll(async () => {
  await app.close();
});

/**
 * The count a reader makes from the raw sheets, without the importer: every row under the header
 * with a 序号 is one item of its sheet's level; its 实施层级及权限 cell is counted too.
 */
function rawCounts(): { perSheet: Record<string, number>; perLevel: Record<string, number> } {
  const book = XLSX.readFile(FILE);
  const perSheet: Record<string, number> = {};
  const perLevel: Record<string, number> = {};
  for (const sheetName of book.SheetNames) {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheetName]!, { header: 1, defval: '' });
    const header = rows.findIndex((r) => r.includes('事项名称'));
    const levelColumn = rows[header]!.indexOf('实施层级及权限');
    for (const row of rows.slice(header + 1)) {
      if (String(row[0]).trim() === '') continue;
      perSheet[sheetName] = (perSheet[sheetName] ?? 0) + 1;
      const cell = `${sheetName}/${String(row[levelColumn]).trim()}`;
      perLevel[cell] = (perLevel[cell] ?? 0) + 1;
    }
  }
  return { perSheet, perLevel };
}

describe('the forestry guiding catalog', () => {
  it('imports every item at its level, as a reader counts them in the raw sheets, and again changes nothing', async () => {
    const raw = rawCounts();
    // What the raw count is, so a change of the fixture shows here first.
    expect(raw.perSheet).toEqual({ 地州级: 149, 区县级: 161 });
    // One city item has no level text; one county item says 地州市级 (the county's part: 上报核准申请).
    expect(raw.perLevel).toEqual({ '地州级/地州市级': 148, '地州级/': 1, '区县级/县市区级': 160, '区县级/地州市级': 1 });

    const run = () => IMPORTERS.catalog(app.db, FILE, { dryRun: false, skipInvalid: false, name });
    const summary = await run();
    expect(summary.errors).toEqual([]);
    expect(summary.warnings.map((w) => [w.sheet, w.row, w.column])).toEqual([['区县级', 11, '实施层级及权限']]);
    expect(summary.kind).toBe('catalog');
    expect(summary.created).toBe(310);
    expect(summary.written).toBe(true);

    const items = await catalogItems(app.db, name);
    const bySheet: Record<string, number> = {};
    const byLevel: Record<string, number> = {};
    for (const item of items) {
      bySheet[String(item['sheet'])] = (bySheet[String(item['sheet'])] ?? 0) + 1;
      const levels = item['levels'] as string[];
      expect(levels).toHaveLength(1);
      byLevel[levels[0]!] = (byLevel[levels[0]!] ?? 0) + 1;
    }
    expect(bySheet).toEqual(raw.perSheet);
    const expectedByLevel: Record<string, number> = {};
    for (const [sheet, n] of Object.entries(raw.perSheet)) expectedByLevel[catalogLevelOf(sheet)!] = n;
    expect(byLevel).toEqual(expectedByLevel);
    expect(byLevel).toEqual({ CITY: 149, COUNTY: 161 });
    const reported = items.find((i) => i['sheet'] === '区县级' && i['levelText'] === '地州市级：上报核准申请');
    expect(reported?.['levels']).toEqual(['COUNTY']);

    // Bases resolved as for power lists: articles of catalogued versions are provisions; the 2015
    // 种子法 the first item cites is older than the catalog's, so the item cites the law.
    const quarantine = items.find((i) => i['name'] === '林草植物检疫证书核发' && i['sheet'] === '地州级');
    expect(quarantine?.['provisions']).toEqual(expect.arrayContaining(['植物检疫条例 7', '植物检疫条例 10']));
    const seeds = items.find((i) => String(i['name']).startsWith('权限内林草种子生产经营许可证'));
    expect(seeds?.['citedLaws']).toEqual(['种子法']);
    expect((seeds?.['lawIds'] as string[]).length).toBe(1);
    // The template 行使主体 is kept as text and creates no organization.
    const county = items.find((i) => i['sheet'] === '区县级');
    expect(county?.['exercisedBy']).toBe('克拉玛依市自然资源局各区自然资源分局');
    expect(summary.createdOrganizations).toEqual([]);

    const before = await graphSnapshot(app.db, prefix);
    const again = await run();
    expect([again.created, again.updated, again.retired, again.unchanged, again.written]).toEqual([0, 0, 0, 310, false]);
    expect(await graphSnapshot(app.db, prefix)).toEqual(before);
  }, 120_000);

  it('refuses a catalog whose item has no level, naming the sheet and row, and writes nothing', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['序号', '事项名称', '权力类型', '实施依据', '实施层级及权限'],
        [1, '林木采伐许可证核发', '行政许可', '【法律】《中华人民共和国森林法》第五十六条', '县市区级'],
        [2, '临时占用林地审批', '行政许可', '【法律】《中华人民共和国森林法》第三十八条', ''],
      ]),
      '目录',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'quanze-catalog-')), `${prefix}无层级.xlsx`);
    XLSX.writeFile(book, file);
    const bad = `${prefix}无层级目录`;
    const summary = await IMPORTERS.catalog(app.db, file, { dryRun: false, skipInvalid: false, name: bad });
    expect(summary.errors.map((e) => [e.sheet, e.row, e.column, e.message])).toEqual([
      ['目录', 3, '实施层级及权限', '事项“临时占用林地审批”的实施层级无法确定：实施层级及权限为空，工作表名“目录”也未指明层级'],
    ]);
    expect(summary.written).toBe(false);
    expect(await catalogItems(app.db, bad)).toEqual([]);
  });
});
