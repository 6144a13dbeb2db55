import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sheetBomb, workbookParts, zipOf } from '../../../test/support/zip-bomb';
import { POWERS_SPEC } from './header-specs';
import { readBuffer } from './read-file';
import { checkInflatedSize, InflatedSizeError, MAX_INFLATED_BYTES } from './zip-limits';

const HEADER = ['序号', '事项名称', '权力类型', '行使主体'];
const thrown = (zip: Buffer): unknown => {
  try {
    checkInflatedSize(zip);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('checkInflatedSize', () => {
  it('passes the real workbooks of the Karamay lists', () => {
    const dir = join(__dirname, '../../../test/fixtures/karamay');
    for (const name of [
      '克拉玛依市商务局2024年权责清单.xlsx',
      '克拉玛依市文化体育广播电视和旅游局2024年权责清单.xlsx',
    ]) {
      expect(() => checkInflatedSize(readFileSync(join(dir, name)))).not.toThrow();
    }
  });

  it('refuses a sheet inflating to 40 MB at its name and the last cell within the limit, quickly', () => {
    const bomb = sheetBomb('清单', HEADER, 40 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(256 * 1024);
    const began = performance.now();
    const error = thrown(bomb);
    expect(performance.now() - began).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(InflatedSizeError);
    expect(error).toMatchObject({
      part: 'xl/worksheets/sheet1.xml',
      sheet: '清单',
      column: expect.stringMatching(/^[A-D]$/u),
    });
    // About 16 MB of rows of ~200 KB were read before the limit.
    expect((error as InflatedSizeError).row).toBeGreaterThan(50);
  });

  it.each([
    ['declares 0 bytes (SheetJS would grow its buffer without bound)', 0],
    ['declares 1 KB (SheetJS would still inflate the whole stream)', 1024],
  ])('refuses a sheet whose headers lie: it %s', (_what, declared) => {
    expect(thrown(sheetBomb('清单', HEADER, 40 * 1024 * 1024, declared))).toMatchObject({ sheet: '清单' });
  });

  it('refuses a part declaring more than the limit, however small it really is', () => {
    expect(thrown(sheetBomb('清单', HEADER, 1024, MAX_INFLATED_BYTES + 1))).toMatchObject({ sheet: '清单', row: 2 });
  });

  it('refuses a bomb in the shared strings at the part, with no sheet or cell', () => {
    const parts = workbookParts('清单', HEADER).map((p) =>
      p.name === 'xl/sharedStrings.xml' ? { ...p, content: Buffer.alloc(MAX_INFLATED_BYTES + 1, 0x20) } : p,
    );
    const zip = zipOf(
      parts.some((p) => p.name === 'xl/sharedStrings.xml')
        ? parts
        : [...parts, { name: 'xl/sharedStrings.xml', content: Buffer.alloc(MAX_INFLATED_BYTES + 1, 0x20) }],
    );
    expect(thrown(zip)).toMatchObject({ part: 'xl/sharedStrings.xml', sheet: '', row: 0, column: '' });
  });

  it('lets readBuffer refuse the bomb with a located bilingual error and no sheets', () => {
    const result = readBuffer(sheetBomb('清单', HEADER, 40 * 1024 * 1024), 'bomb.xlsx', POWERS_SPEC);
    expect(result.sheets).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'bomb.xlsx',
        sheet: '清单',
        row: expect.any(Number),
        column: expect.stringMatching(/^[A-D]$/u),
        severity: 'error',
        message: '工作簿解压后超过 16 MB（在 xl/worksheets/sheet1.xml 中），不是可导入的清单',
        messageEn:
          'the workbook inflates to more than 16 MB (in xl/worksheets/sheet1.xml): not a list that can be imported',
      }),
    ]);
  });

  it('keeps reading a workbook under the limit written part by part', () => {
    const result = readBuffer(sheetBomb('清单', HEADER, 200 * 1024, undefined, 20), 'small.xlsx', POWERS_SPEC);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.sheets[0]?.records.length).toBeGreaterThan(100);
  });
});
