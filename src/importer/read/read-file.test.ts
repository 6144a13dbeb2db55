import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';

import { ENFORCEMENT_SPEC, POWERS_SPEC } from './header-specs';
import { MAX_FILE_BYTES, readBuffer, readFile } from './read-file';
import { MAX_RECORD_ROWS } from './sheet-records';

const FIXTURES = join(__dirname, '../../../test/fixtures/read');
const fixture = (name: string): string => join(FIXTURES, name);

describe('readFile on CSV', () => {
  it('decodes a GBK CSV as GB18030 and finds the header below the title row', async () => {
    const result = await readFile(fixture('gbk.csv'), POWERS_SPEC);
    expect(result.format).toBe('csv');
    expect(result.encoding).toBe('gb18030');
    expect(result.problems).toEqual([]);
    const [sheet] = result.sheets;
    expect(sheet?.sheet).toBe('gbk');
    expect(sheet?.headerRow).toBe(2);
    expect(sheet?.records.map((r) => r.fields)).toEqual([
      { seqNo: '1', name: '对 无照经营的处罚', category: '行政处罚', exercisedBy: 'XX县市场监督管理局' },
      {
        seqNo: '2',
        name: '食品经营许可',
        category: '行政许可',
        exercisedBy: 'XX县市场监督管理局',
        remarks: '含"仅销售预包装食品"备案',
      },
    ]);
    expect(sheet?.records.map((r) => r.location.row)).toEqual([3, 4]);
  });

  it('reads a UTF-8 CSV with a BOM as utf-8 and drops the BOM from the first cell', async () => {
    const result = await readFile(fixture('utf8-bom.csv'), POWERS_SPEC);
    expect(result.encoding).toBe('utf-8');
    expect(result.sheets[0]?.records).toHaveLength(2);
    expect(result.sheets[0]?.records[0]?.fields['name']).toBe('对 无照经营的处罚');
  });
});

describe('readFile on a workbook with title rows, merged rows and a repeated header column', () => {
  const load = () => readFile(fixture('title-merged-repeated.xlsx'), POWERS_SPEC);

  it('finds the header on row 3 and maps 实施层级及权限 over two columns', async () => {
    const result = await load();
    expect(result.format).toBe('xlsx');
    const sheet = result.sheets[0];
    expect(sheet?.headerRow).toBe(3);
    expect(sheet?.columns['level']).toBe('实施层级及权限');
    expect(sheet?.columns['scope']).toBe('#I');
  });

  it('joins a continuation row into the record above and skips the repeated header row', async () => {
    const records = (await load()).sheets[0]?.records ?? [];
    expect(records).toHaveLength(2);
    expect(records[0]?.rows).toEqual([4, 5]);
    expect(records[0]?.fields['accountability']).toBe(
      '因不履行职责，有下列情形的：\n1.没有法律依据实施处罚的；\n2.擅自改变处罚种类的；',
    );
    expect(records[1]?.rows).toEqual([8, 9]);
    expect(records[1]?.fields['subName']).toBe('1.公证机构设立审批\n2.公证机构变更审批');
    expect(records[1]?.lines?.map((l) => l.fields['subName'])).toEqual(['1.公证机构设立审批', '2.公证机构变更审批']);
  });

  it('keeps the first non-empty value of a repeated column, the other raw, and warns once', async () => {
    const result = await load();
    const sheet = result.sheets[0];
    const records = sheet?.records ?? [];
    expect(records[0]?.fields['responsibilityBasis']).toBe('【法律】《中华人民共和国行政处罚法》');
    expect(records[1]?.fields['responsibilityBasis']).toBe('《依据甲》');
    expect(records[1]?.raw['责任事项依据#M']).toBe('《依据乙》');
    expect(sheet?.problems).toEqual([
      {
        file: fixture('title-merged-repeated.xlsx'),
        sheet: '行政处罚（2项）',
        row: 3,
        column: '责任事项依据',
        severity: 'warning',
        message: '表头“责任事项依据”重复出现（第 K、M 列），每行取第一个非空值',
        messageEn:
          'Header "责任事项依据" appears more than once (columns K, M); each row keeps the first non-empty value',
      },
    ]);
  });

  it('keeps unknown columns raw and reads a date cell as an ISO date', async () => {
    const record = (await load()).sheets[0]?.records[0];
    expect(record?.raw).toEqual({ 救助渠道: '申请行政复议', 公布日期: '2024-03-01' });
  });

  it('skips the empty sheet silently and the sheet without a header with a warning', async () => {
    const result = await load();
    expect(result.skippedSheets).toEqual(['Sheet2', '说明']);
    expect(result.problems.map((p) => [p.sheet, p.severity])).toEqual([['说明', 'warning']]);
  });

  it('reads an old binary workbook named .xlsx as xls with the same records', async () => {
    const result = await readFile(fixture('old-binary-named.xlsx'), POWERS_SPEC);
    const xlsx = await load();
    expect(result.format).toBe('xls');
    expect(result.sheets[0]?.records.map((r) => r.fields)).toEqual(xlsx.sheets[0]?.records.map((r) => r.fields));
  });
});

describe('readFile on files that are not spreadsheets', () => {
  it.each([
    ['empty.csv', '文件为空', 'The file is empty'],
    [
      'pdf-renamed.xlsx',
      '不是电子表格文件（内容为 PDF）；请提供 .xlsx、.xls 或 .csv 文件',
      'Not a spreadsheet (the content is PDF); expected .xlsx, .xls or .csv',
    ],
  ])('%s gives one located error in Chinese and English', async (name, message, messageEn) => {
    const result = await readFile(fixture(name), POWERS_SPEC);
    expect(result.sheets).toEqual([]);
    expect(result.problems).toEqual([
      { file: fixture(name), sheet: '', row: 0, severity: 'error', message, messageEn },
    ]);
  });

  it('a truncated zip gives an error, not an exception', async () => {
    const result = await readFile(fixture('truncated.xlsx'), POWERS_SPEC);
    expect(result.format).toBe('xlsx');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.severity).toBe('error');
    expect(result.problems[0]?.message).toMatch(/^文件看似 xlsx（ZIP）工作簿但无法读取/);
  });

  it('a PNG renamed .xls is named in the message', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(readBuffer(png, 'logo.xls', POWERS_SPEC).problems[0]?.messageEn).toBe(
      'Not a spreadsheet (the content is PNG); expected .xlsx, .xls or .csv',
    );
  });

  it('a missing file is a problem, not a rejection', async () => {
    const result = await readFile(fixture('no-such-file.xlsx'), POWERS_SPEC);
    expect(result.problems[0]?.message).toMatch(/^无法打开文件：/);
  });

  it('a CSV whose header is not a power list header is an error for the file', () => {
    const csv = Buffer.from('姓名,年龄\n张三,30\n', 'utf8');
    const result = readBuffer(csv, 'people.csv', POWERS_SPEC);
    expect(result.skippedSheets).toEqual(['people']);
    expect(result.problems.map((p) => p.severity)).toEqual(['warning', 'error']);
  });
});

describe('readBuffer on a sheet without a required column', () => {
  it('fails naming the missing required column and the header row it read when no sheet is left', () => {
    const csv =
      '清单 2024\n序号,事项名称,原实施部门,承接乡镇(街道),备注\n1,对擅自占用城市绿地的处罚,克拉玛依区城市管理局,天山路街道,\n';
    const result = readBuffer(Buffer.from(csv, 'utf8'), 'handovers.csv', ENFORCEMENT_SPEC);
    expect(result.sheets).toEqual([]);
    expect(result.skippedSheets).toEqual(['handovers']);
    expect(result.problems.map((p) => [p.sheet, p.row, p.severity, p.message])).toEqual([
      [
        'handovers',
        2,
        'error',
        '工作表“handovers”第 2 行像是表头（读到的列：序号、事项名称、原实施部门、承接乡镇(街道)、备注），但缺少必需的列：赋权方式',
      ],
    ]);
  });

  it('names 事项名称 when a power list CSV lacks it (issue 20)', () => {
    const csv = '序号,权力类型,行使主体,实施依据\n1,行政处罚,某某局,《某法》第一条\n';
    const result = readBuffer(Buffer.from(csv, 'utf8'), 'powers.csv', POWERS_SPEC);
    expect(result.problems).toEqual([
      expect.objectContaining({ sheet: 'powers', row: 1, severity: 'error', message: expect.stringMatching(/第 1 行.*读到的列：序号、权力类型.*缺少必需的列：事项名称/u) }),
    ]);
  });

  it('skips a sheet that lacks a column when another sheet is read, and says so', () => {
    const { utils, write } = XLSX;
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['序号', '事项名称', '权力类型', '行使主体'], ['1', '对X的处罚', '行政处罚', '某局']]), '好表');
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['序号', '权力类型', '行使主体'], ['1', '行政处罚', '某局']]), '缺列');
    const result = readBuffer(write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'two.xlsx', POWERS_SPEC);
    expect(result.sheets.map((s) => s.sheet)).toEqual(['好表']);
    expect(result.problems).toEqual([expect.objectContaining({ sheet: '缺列', severity: 'warning', message: expect.stringMatching(/缺少必需的列：事项名称；已跳过$/u) })]);
  });
});

describe('readBuffer refuses what would exhaust the heap, and keeps header names as data', () => {
  it('refuses a CSV past the grid limits at its file, sheet, row and column', () => {
    const long = Buffer.from(`序号,事项名称\n${'1,x\n'.repeat(200_001)}`);
    const result = readBuffer(long, 'long.csv', POWERS_SPEC);
    expect(result.sheets).toEqual([]);
    expect(result.problems[0]).toMatchObject({ file: 'long.csv', sheet: 'long', row: 200_001, severity: 'error' });
    expect(result.problems[0]?.column).toMatch(/^[A-Z]+$/);
  });

  it('refuses a workbook with a cell in column XFD before padding its rows', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['序号', '事项名称', '职权类别', '实施主体']]);
    for (let r = 2; r <= 2000; r += 1) sheet[`XFD${r}`] = { t: 's', v: 'x' };
    sheet['!ref'] = 'A1:XFD2000';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '权责清单');
    const buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const before = process.memoryUsage().heapUsed;
    const result = readBuffer(buffer, 'xfd.xlsx', POWERS_SPEC);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(256 * 1024 * 1024);
    expect(result.problems[0]).toMatchObject({ file: 'xfd.xlsx', sheet: '权责清单', column: 'XFD', severity: 'error' });
  });

  it.each([
    ['empty 序号 and 事项名称 (a merge down the sheet)', (i: number) => `,,,,续${i}`],
    ['the same 序号 and 事项名称 on every row', (i: number) => `1,对甲的处罚,行政处罚,某局,续${i}`],
  ])('refuses a record continued over 20,000 rows with %s, at the row and column, in linear time', (_what, line) => {
    const text = ['序号,事项名称,权力类型,行使主体,备注', '1,对甲的处罚,行政处罚,某局,a', ...Array.from({ length: 20_000 }, (_, i) => line(i)), '2,对乙的处罚,行政处罚,某局,b'];
    const began = performance.now();
    const result = readBuffer(Buffer.from(text.join('\n')), 'merged.csv', POWERS_SPEC);
    // A guard against the quadratic join (40 s for these rows), not a speed goal: the linear one
    // takes well under a second alone, and took 2.9 s in a CI run on 2 busy cores.
    expect(performance.now() - began).toBeLessThan(15_000);
    const sheet = result.sheets[0];
    expect(sheet?.records.map((r) => r.fields['name'])).toEqual(['对乙的处罚']);
    expect(sheet?.problems).toEqual([
      {
        file: 'merged.csv',
        sheet: 'merged',
        row: 2 + MAX_RECORD_ROWS,
        column: '序号',
        severity: 'error',
        message: `第 2 行起的事项在第 ${2 + MAX_RECORD_ROWS} 行超过 ${MAX_RECORD_ROWS} 行（合并单元格的续行），不是可导入的清单`,
        messageEn: `the record starting at row 2 runs past ${MAX_RECORD_ROWS} rows (merged continuation rows) at row ${2 + MAX_RECORD_ROWS}: not a list that can be imported`,
      },
    ]);
  });

  it('still joins continuation rows up to the limit, each repeated value once', () => {
    const text = ['序号,事项名称,权力类型,行使主体,备注', '1,对甲的处罚,行政处罚,某局,a', ...Array.from({ length: MAX_RECORD_ROWS - 1 }, (_, i) => `,,,,${i % 2 === 0 ? 'a' : 'b'}`)];
    const record = readBuffer(Buffer.from(text.join('\n')), 'ok.csv', POWERS_SPEC).sheets[0]?.records[0];
    expect(record?.rows).toHaveLength(MAX_RECORD_ROWS);
    expect(record?.raw['备注'] ?? record?.fields['remarks']).toBe('a\nb');
  });

  it('refuses a file over MAX_FILE_BYTES without parsing it', () => {
    const result = readBuffer(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61), 'big.csv', POWERS_SPEC);
    expect(result.problems[0]?.message).toContain('超过上限');
  });

  it('treats headers named __proto__, toString and constructor as ordinary columns', () => {
    const csv = Buffer.from('序号,事项名称,职权类别,实施主体,__proto__,toString,constructor\n1,对违法行为的处罚,行政处罚,某局,a,b,c\n');
    const result = readBuffer(csv, 'proto.csv', POWERS_SPEC);
    const record = result.sheets[0]?.records[0];
    expect(record?.raw['__proto__']).toBe('a');
    expect(record?.raw['toString']).toBe('b');
    expect(record?.raw['constructor']).toBe('c');
    expect(Object.getPrototypeOf(record?.raw ?? {})).toBeNull();
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });
});
