import * as XLSX from '@e965/xlsx';

import { workbookGrids } from './workbook-grid';

/** SheetJS's bundled ZIP library, untyped in @e965/xlsx. */
interface Cfb {
  read(data: Buffer, options: { type: 'buffer' }): { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
  write(container: unknown, options: { fileType: 'zip'; type: 'buffer' }): Uint8Array;
}

/** An xlsx of `rows` whose sheet XML declares `ref` as its range. */
function declaring(ref: string, rows: string[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
  const cfb = XLSX.CFB as Cfb;
  const zip = cfb.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { type: 'buffer' });
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('xl/worksheets/sheet1.xml'))];
  if (!entry) throw new Error('no sheet1.xml');
  entry.content = Buffer.from(
    Buffer.from(entry.content)
      .toString('utf8')
      .replace(/<dimension ref="[^"]*"\/>/u, `<dimension ref="${ref}"/>`),
  );
  return Buffer.from(cfb.write(zip, { fileType: 'zip', type: 'buffer' }));
}

describe('workbookGrids', () => {
  it('sizes a sheet by the cells it has, not by the range it declares (A1:XFD1048576)', () => {
    const began = performance.now();
    const [grid] = workbookGrids(
      declaring('A1:XFD1048576', [
        ['序号', '事项名称'],
        ['1', '对占道经营的处罚'],
      ]),
    );
    expect(performance.now() - began).toBeLessThan(2_000);
    expect(grid?.rows).toEqual([
      ['序号', '事项名称'],
      ['1', '对占道经营的处罚'],
    ]);
  });

  it('keeps row numbers across empty rows and columns', () => {
    const [grid] = workbookGrids(declaring('A1:C4', [['a'], [], ['', '', 'c']]));
    expect(grid?.rows).toEqual([['a'], [], ['', '', 'c']]);
  });
});
