import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import iconv from 'iconv-lite';

import { importPowers, type PowerImportOptions } from '../../src/importer/import-powers';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { organizationExists, powersOfFile, powersOfIssuer } from '../support/import-helpers';

const HEADER = '序号,事项名称,子项名称,权力类型,事项编码,实施依据,行使主体,责任事项内容,备注';
const dir = mkdtempSync(join(tmpdir(), 'quanze-powers-'));
const prefix = uniquePrefix('局');
const org = `${prefix}测试局`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function csv(name: string, rows: string[], encoding: 'utf8' | 'gbk' = 'utf8'): string {
  const path = join(dir, `${prefix}-${name}`);
  const text = [HEADER, ...rows].join('\r\n');
  writeFileSync(path, encoding === 'gbk' ? iconv.encode(text, 'gbk') : `\uFEFF${text}`);
  return path;
}

const row = (seq: number, name: string, category = '行政处罚', remarks = '') =>
  `${seq},${name},,${category},,【法律】《中华人民共和国行政处罚法》第十条,${org},1.立案责任：依法立案,${remarks}`;

const options = (extra: Partial<PowerImportOptions> = {}): PowerImportOptions => ({
  validFrom: '2024-01-01',
  dryRun: false,
  skipInvalid: false,
  ...extra,
});

describe('importing a newer list of the same organization', () => {
  it('versions changed rows, retires dropped ones, adds new ones, and keeps history queryable as of a date', async () => {
    const v1 = csv('v1.csv', [row(1, '对甲的处罚'), row(2, '对乙的处罚'), row(3, '对丙的处罚')]);
    const first = await importPowers(app.db, v1, options());
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0, retired: 0, written: true });

    const v2 = csv('v2.csv', [row(1, '对甲的处罚'), row(2, '对乙的处罚', '行政处罚', '已调整'), row(4, '对丁的处罚')]);
    const second = await importPowers(app.db, v2, options({ validFrom: '2025-01-01' }));
    expect(second).toMatchObject({ created: 1, updated: 1, unchanged: 1, retired: 1, written: true });

    const before = await powersOfIssuer(app.db, org, '2024-06-30');
    expect(before.map((p) => [p['name'], p['remarks'], p['validTo']])).toEqual([
      ['对丙的处罚', null, '2024-12-31'],
      ['对乙的处罚', null, '2024-12-31'],
      ['对甲的处罚', null, null],
    ]);
    const after = await powersOfIssuer(app.db, org, '2025-06-30');
    expect(after.map((p) => [p['name'], p['remarks'], p['validFrom'], p['supersedes']])).toEqual([
      ['对丁的处罚', null, '2025-01-01', false],
      ['对乙的处罚', '已调整', '2025-01-01', true],
      ['对甲的处罚', null, '2024-01-01', false],
    ]);

    const again = await importPowers(app.db, v2, options({ validFrom: '2025-01-01' }));
    expect(again).toMatchObject({ created: 0, updated: 0, retired: 0, unchanged: 3, written: false });
  });
});

describe('bad input is rejected with a located message and nothing written', () => {
  const rejects = async (path: string, expected: RegExp) => {
    const summary = await importPowers(app.db, path, options());
    expect(summary.written).toBe(false);
    expect(summary.errors.length).toBeGreaterThan(0);
    const said = [...summary.errors, ...summary.warnings].map((e) => `${e.sheet}:${e.row}:${e.column ?? ''}: ${e.message}`);
    expect(said.join('\n')).toMatch(expected);
    expect(await powersOfFile(app.db, path.split('/').at(-1)!)).toEqual([]);
  };

  it('refuses a file that is not a spreadsheet, and an empty file', async () => {
    const png = join(dir, `${prefix}-image.xlsx`);
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await rejects(png, /./);
    const empty = join(dir, `${prefix}-empty.csv`);
    writeFileSync(empty, '');
    await rejects(empty, /空|empty/);
  });

  it('refuses a list without a name column', async () => {
    const path = join(dir, `${prefix}-noname.csv`);
    writeFileSync(path, '序号,权力类型,实施依据\r\n1,行政处罚,《中华人民共和国行政处罚法》\r\n');
    await rejects(path, /事项名称/);
  });

  it('refuses a row without a name or with an unknown category, naming the row and column, and writes none of the valid rows', async () => {
    const orgOfBadFile = `${prefix}坏文件局`;
    const path = csv('bad-rows.csv', [
      row(1, '对戊的处罚').replace(org, orgOfBadFile),
      `2,,,行政处罚,,,${orgOfBadFile},,`,
      row(3, '对己的处罚', '行政吹哨').replace(org, orgOfBadFile),
    ]);
    const summary = await importPowers(app.db, path, options());
    expect(summary.written).toBe(false);
    expect(summary.rejected).toBe(2);
    const located = summary.errors.map((e) => `${e.row}:${e.column}`);
    expect(located).toEqual(expect.arrayContaining([expect.stringMatching(/^3:/), expect.stringMatching(/^4:权力类型$/)]));
    expect(await organizationExists(app.db, orgOfBadFile)).toBe(false);

    const skipping = await importPowers(app.db, path, options({ skipInvalid: true }));
    expect(skipping).toMatchObject({ created: 1, rejected: 2, written: true });
    expect(await organizationExists(app.db, orgOfBadFile)).toBe(true);
  });

  it('writes nothing on a dry run but reports what would change', async () => {
    const orgOfDryRun = `${prefix}试运行局`;
    const path = csv('dry.csv', [row(1, '对庚的处罚').replace(org, orgOfDryRun)]);
    const summary = await importPowers(app.db, path, options({ dryRun: true }));
    expect(summary).toMatchObject({ created: 1, written: false, createdOrganizations: [orgOfDryRun] });
    expect(await organizationExists(app.db, orgOfDryRun)).toBe(false);
  });
});

it('reads a GBK-encoded CSV as Chinese Excel writes it', async () => {
  const orgOfGbk = `${prefix}编码局`;
  const path = csv('gbk.csv', [row(1, '对辛的处罚').replace(org, orgOfGbk)], 'gbk');
  const summary = await importPowers(app.db, path, options());
  expect(summary).toMatchObject({ created: 1, written: true, errors: [] });
  const powers = await powersOfFile(app.db, path.split('/').at(-1)!);
  expect(powers.map((p) => p['name'])).toEqual(['对辛的处罚']);
});
