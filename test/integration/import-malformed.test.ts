import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';

import { IMPORTERS, type CommonImportOptions } from '../../src/importer/kinds';
import { MAX_FILE_BYTES } from '../../src/importer/read/read-file';
import { MAX_RECORD_ROWS } from '../../src/importer/read/sheet-records';
import { buildLawCatalog } from '../../src/domain/laws/catalog';
import type { ImportSummary } from '../../src/importer/summary';
import type { ImportKind } from '../../src/importer/types';
import { PROJECT_ROOT } from '../../src/paths';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { FixtureCopier } from '../support/fixture-copy';
import { graphSnapshot } from '../support/graph-checksum';
import { sheetBomb, workbookParts, zipOf } from '../support/zip-bomb';
import type { CorpusCase, CorpusOutcome } from '../support/import-corpus-child';

/**
 * A corpus of malformed inputs, generated here into a temp dir, every file name and every name
 * inside carrying this file's prefix. Each is rejected: nothing written, at least one error
 * located at its sheet, row and (when one cell is at fault) column, with a Chinese message naming
 * the field and the value, and the graph checksum unchanged. A file that is not a readable
 * spreadsheet has no sheet or row: its errors stand at the file itself (sheet "", row 0).
 *
 * Decisions the cases pin down:
 * - Formula text (=, +, -, @ before a non-digit; DDE "|") is refused, never evaluated, never kept:
 *   stored, it would be exported back into reviewers' spreadsheets (CSV injection). A workbook's
 *   formula cell is read as its cached value, which is what the publisher saw.
 * - Dates outside 1900-2100 are errors: 9999-12-31 is the "no end" sentinel of other systems, and
 *   reading it as a real date (or as "no end") would be guessing. A future 生效日期 inside the range
 *   is normal (a hand-over decided now, effective next quarter) and is accepted.
 * - A cell over 32,767 characters and a row past column 16,384 are errors: Excel has neither.
 * - Caps on what a file may make the reader hold (file size, rows × columns, inflated size of an
 *   xlsx, rows one record spans) are errors where they are passed. The whole corpus is also
 *   imported once more in a child process whose heap is capped at 256 MB: it must finish.
 * 畸形输入语料：全部拒绝、定位到行列、图谱不变。
 */

const prefix = uniquePrefix('坏');
const fx = new FixtureCopier(prefix);
const dir = mkdtempSync(join(tmpdir(), 'quanze-malformed-'));
const base: CommonImportOptions = {
  dryRun: false,
  skipInvalid: false,
  validFrom: '2025-01-01',
  catalog: buildLawCatalog([]),
};

const P = (name: string): string => `${prefix}${name}`;
const ORG = P('城管局');
const POWER = '对占道经营的处罚';

const POWERS = ['序号', '事项名称', '子项名称', '权力类型', '事项编码', '实施依据', '行使主体', '备注'];
const ENFORCEMENT = [
  '序号',
  '事项名称',
  '原权力编码',
  '职权类型',
  '原实施部门',
  '承接乡镇(街道)',
  '赋权方式',
  '实施名义',
  '决定文号',
  '是否公布',
  '生效日期',
  '失效日期',
  '评估日期',
  '状态',
  '备注',
];
const WHISTLE = [
  '序号',
  '吹哨事项',
  '事项类别',
  '哨型',
  '吹哨主体',
  '主责部门',
  '配合部门',
  '关联权力',
  '报到时限(分钟)',
  '办结时限(天)',
  '街道职责',
  '备注',
];
const DUTIES = [
  '序号',
  '清单类型',
  '事项名称',
  '乡镇(街道)',
  '对口部门',
  '部门职责',
  '乡镇(街道)职责',
  '关联权力',
  '依据',
  '备注',
];
const LENIENT = [
  '序号',
  '清单类型',
  '违法行为',
  '适用条件',
  '违则依据',
  '罚则依据',
  '从宽依据',
  '实施部门',
  '关联权力',
  '备注',
];
const ORGANIZATIONS = [
  '名称',
  '类型',
  '层级',
  '上级机构',
  '行政区划代码',
  '统一社会信用代码',
  '成立日期',
  '撤销日期',
  '继任机构',
  '备注',
];
const DIVISIONS = ['行政区划代码', '名称', '层级', '上级区划代码'];

const power = (seq: number, name: string, over: Partial<Record<string, string>> = {}): string[] =>
  row(POWERS, {
    序号: String(seq),
    事项名称: name,
    权力类型: '行政处罚',
    实施依据: '【法律】《中华人民共和国行政处罚法》第十条',
    行使主体: ORG,
    ...over,
  });
const handOver = (over: Partial<Record<string, string>> = {}): string[] =>
  row(ENFORCEMENT, {
    序号: '1',
    事项名称: POWER,
    原实施部门: ORG,
    '承接乡镇(街道)': P('天山路街道'),
    赋权方式: '委托',
    是否公布: '是',
    生效日期: '2024-07-01',
    状态: '有效',
    ...over,
  });

function row(header: readonly string[], values: Partial<Record<string, string>>): string[] {
  return header.map((h) => values[h] ?? '');
}

const quote = (cell: string): string => (/[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);
const csvText = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;

/** Writes a file of the temp dir, named with the prefix; returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, `${prefix}-${name}`);
  writeFileSync(path, content);
  return path;
}
const csv = (name: string, rows: readonly (readonly string[])[]): string => file(name, `\uFEFF${csvText(rows)}`);

function workbook(sheets: Record<string, string[][]>, bookType: XLSX.BookType = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

/** SheetJS's bundled ZIP/OLE library (untyped in @e965/xlsx). */
interface CfbContainer {
  FullPaths: string[];
  FileIndex: { content: Uint8Array | number[] }[];
}
interface CfbLibrary {
  read(data: Buffer, options: { type: 'buffer' }): CfbContainer;
  write(container: CfbContainer, options: { fileType: 'zip'; type: 'buffer' }): Uint8Array;
  utils: { cfb_new(): CfbContainer; cfb_add(container: CfbContainer, path: string, content: Buffer): void };
}
const CFB = XLSX.CFB as CfbLibrary;

/** A workbook's ZIP with one part rewritten (or added). */
function patchZip(zip: Buffer, part: string, edit: (text: Buffer | undefined) => Buffer): Buffer {
  const container = CFB.read(zip, { type: 'buffer' });
  const index = container.FullPaths.findIndex((p) => p.endsWith(part));
  const entry = index >= 0 ? container.FileIndex[index] : undefined;
  if (entry) entry.content = edit(Buffer.from(entry.content));
  else CFB.utils.cfb_add(container, part, edit(undefined));
  return Buffer.from(CFB.write(container, { fileType: 'zip', type: 'buffer' }));
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
/** Deterministic bytes (xorshift), so a failure can be replayed. */
function noise(length: number, seed: number, withNul: boolean): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const byte = (x >>> 0) & 0xff;
    out[i] = withNul || byte !== 0 ? byte : 1;
  }
  return out;
}
const real = (name: string): Buffer => readFileSync(join(PROJECT_ROOT, 'test/fixtures/karamay', name));
const half = (buffer: Buffer): Buffer => buffer.subarray(0, buffer.length >> 1);

/** Where the error must stand and what it must say. */
interface Expected {
  sheet: string;
  /** The row, or the least row when the exact one depends on how much was read before a cap. */
  row: number | { atLeast: number };
  /** The header as written; null for a whole-row or whole-file problem; a pattern for a cell letter. */
  column: string | null | RegExp;
  message: RegExp;
}

interface Case {
  title: string;
  kind: ImportKind;
  make: () => string;
  expected: (path: string) => Expected;
  options?: Partial<CommonImportOptions>;
}

/** The sheet a CSV is read as: its file name without the extension. */
const csvSheet = (path: string): string => basename(path, extname(path));
const atFile = (message: RegExp) => (): Expected => ({ sheet: '', row: 0, column: null, message });
const atCsv =
  (row: number, column: string | null, message: RegExp) =>
  (path: string): Expected => ({ sheet: csvSheet(path), row, column, message });
const atSheet = (sheet: string, row: number, column: string | null, message: RegExp) => (): Expected => ({
  sheet,
  row,
  column,
  message,
});

const CASES: Case[] = [
  // ---- not a readable spreadsheet: located at the file
  {
    title: 'a real xlsx cut in half',
    kind: 'powers',
    make: () => file('half.xlsx', half(real('克拉玛依市商务局2024年权责清单.xlsx'))),
    expected: atFile(/xlsx.*无法读取/u),
  },
  {
    title: 'a real xls cut in half',
    kind: 'powers',
    make: () => file('half.xls', half(real('克拉玛依市科学技术局2024年权责清单.xls'))),
    expected: atFile(/xls.*无法读取/u),
  },
  {
    title: 'a PDF renamed .xls',
    kind: 'powers',
    make: () => file('report.xls', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')),
    expected: atFile(/不是电子表格.*PDF/u),
  },
  {
    title: 'a ZIP that is not a workbook',
    kind: 'enforcement',
    make: () => {
      const zip = CFB.utils.cfb_new();
      CFB.utils.cfb_add(zip, 'readme.txt', Buffer.from('not a workbook'));
      return file('archive.xlsx', Buffer.from(CFB.write(zip, { fileType: 'zip', type: 'buffer' })));
    },
    expected: atFile(/xlsx.*无法读取/u),
  },
  {
    title: 'an xlsx with an image and empty sheets only',
    kind: 'powers',
    make: () =>
      file(
        'images.xlsx',
        patchZip(workbook({ 图片: [], 空表: [] }), 'xl/media/image1.png', () => PNG),
      ),
    expected: atFile(/没有找到可识别表头/u),
  },
  {
    title: 'UTF-16 text (with a BOM) named .csv',
    kind: 'powers',
    make: () =>
      file(
        'utf16.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText([POWERS, power(1, POWER)]), 'utf16le')]),
      ),
    expected: atFile(/不是电子表格.*UTF-16/u),
  },
  {
    title: 'UTF-16 text without a BOM named .csv',
    kind: 'whistle',
    make: () => file('utf16-nobom.csv', Buffer.from(csvText([WHISTLE]), 'utf16le')),
    expected: atFile(/不是电子表格/u),
  },
  {
    title: 'Big5 bytes named .csv',
    kind: 'powers',
    make: () =>
      file(
        'big5.csv',
        iconv.encode(
          csvText([
            ['序號', '事項名稱', '權力類型', '行使主體'],
            ['1', '對占道經營的處罰', '行政處罰', ORG],
          ]),
          'big5',
        ),
      ),
    expected: atFile(/没有找到可识别表头/u),
  },
  {
    title: 'random bytes named .csv',
    kind: 'duties',
    make: () => file('noise.csv', noise(4096, 7, true)),
    expected: atFile(/不是电子表格/u),
  },
  {
    title: 'random bytes without NUL named .csv',
    kind: 'lenient',
    make: () => file('noise-text.csv', noise(4096, 11, false)),
    expected: atFile(/没有找到可识别表头/u),
  },
  { title: 'an empty file', kind: 'organizations', make: () => file('empty.csv', ''), expected: atFile(/文件为空/u) },
  {
    title: 'a file holding only a BOM',
    kind: 'divisions',
    make: () => file('bom.csv', '\uFEFF'),
    expected: atFile(/文件为空/u),
  },

  // ---- nothing under the header
  {
    title: 'a header-only power list',
    kind: 'powers',
    make: () => csv('header-only-powers.csv', [POWERS]),
    expected: atCsv(1, null, /表头.*没有权力事项/u),
  },
  {
    title: 'a header-only enforcement list',
    kind: 'enforcement',
    make: () => csv('header-only-enforcement.csv', [['部门名称：测试'], ENFORCEMENT]),
    expected: atCsv(2, null, /表头.*没有任何数据行/u),
  },
  {
    title: 'a file whose every row lacks a name',
    kind: 'powers',
    make: () => csv('no-names.csv', [POWERS, power(1, ''), power(2, ''), power(3, '')]),
    expected: atCsv(4, '事项名称', /缺少事项名称/u),
  },

  // ---- formulas: refused, never evaluated
  {
    title: 'a formula =1+1',
    kind: 'powers',
    make: () => csv('formula-sum.csv', [POWERS, power(1, '=1+1')]),
    expected: atCsv(2, '事项名称', /事项名称“=1\+1”是公式/u),
  },
  {
    title: 'a =HYPERLINK(...) formula',
    kind: 'powers',
    make: () =>
      csv('formula-link.csv', [
        POWERS,
        power(1, POWER, { 实施依据: '=HYPERLINK("http://evil.example/x","点击查看依据")' }),
      ]),
    expected: atCsv(2, '实施依据', /实施依据“=HYPERLINK\(.*是公式/u),
  },
  {
    title: 'a DDE payload +cmd|...',
    kind: 'powers',
    make: () => csv('formula-dde.csv', [POWERS, power(1, POWER, { 备注: "+cmd|' /C calc'!A0" })]),
    expected: atCsv(2, '备注', /备注“\+cmd\|.*是公式/u),
  },
  {
    title: 'an @SUM formula',
    kind: 'lenient',
    make: () =>
      csv('formula-at.csv', [
        LENIENT,
        row(LENIENT, { 序号: '1', 清单类型: '首违不罚', 违法行为: '@SUM(1+1)*cmd|" /C calc"!A0', 实施部门: ORG }),
      ]),
    expected: atCsv(2, '违法行为', /违法行为“@SUM.*是公式/u),
  },

  // ---- sizes
  {
    title: 'a 1 MB cell',
    kind: 'powers',
    make: () => csv('huge-cell.csv', [POWERS, power(1, POWER, { 实施依据: '依'.repeat(1 << 20) })]),
    expected: atCsv(2, '实施依据', /实施依据“依{20}…”过长：1048576 个字符/u),
  },
  {
    title: '100,000 empty rows before a bad row (and it stays fast)',
    kind: 'powers',
    make: () => {
      const empty = `${','.repeat(POWERS.length - 1)}\r\n`.repeat(100_000);
      return file(
        'empty-rows.csv',
        `${csvText([POWERS, power(1, POWER)])}${empty}${csvText([power(2, '对乱停车的处罚', { 权力类型: '行政吹哨' })])}`,
      );
    },
    expected: atCsv(100_003, '权力类型', /权力类型“行政吹哨”/u),
  },
  {
    title: 'an xlsx declaring A1:XFD1048576 (17 billion cells) around two rows',
    kind: 'powers',
    make: () => {
      const zip = workbook({ 清单: [POWERS, power(1, POWER, { 权力类型: '行政吹哨' })] });
      return file(
        'dimension.xlsx',
        patchZip(zip, 'xl/worksheets/sheet1.xml', (xml) =>
          Buffer.from(String(xml).replace(/<dimension ref="[^"]*"\/>/u, '<dimension ref="A1:XFD1048576"/>')),
        ),
      );
    },
    expected: atSheet('清单', 2, '权力类型', /权力类型“行政吹哨”/u),
  },
  {
    title: 'a header row of 20,000 columns',
    kind: 'powers',
    make: () => {
      const wide = [
        ...POWERS,
        ...Array.from({ length: 20_000 - POWERS.length }, (_, i) => `列${POWERS.length + i + 1}`),
      ];
      return csv('wide.csv', [wide, power(1, POWER)]);
    },
    expected: atCsv(1, '列20000', /20000 列，超过电子表格的上限 16384 列/u),
  },

  // ---- what a file may make the reader hold: each cap refused where it is passed
  {
    title: 'a file one byte over the size limit',
    kind: 'divisions',
    make: () => file('too-big.csv', Buffer.alloc(MAX_FILE_BYTES + 1, 0x61)),
    expected: atFile(/文件大小 \d+ 字节，超过上限/u),
  },
  {
    title: 'an xlsx ZIP bomb: 100 KB whose sheet inflates to 40 MB',
    kind: 'powers',
    make: () => file('bomb.xlsx', sheetBomb('清单', POWERS, 40 * 1024 * 1024)),
    expected: () => ({ sheet: '清单', row: { atLeast: 20 }, column: /^[A-H]$/u, message: /工作簿解压后超过 16 MB（在 xl\/worksheets\/sheet1\.xml 中）/u }),
  },
  {
    title: 'an xlsx ZIP bomb whose headers declare 0 bytes',
    kind: 'enforcement',
    make: () => file('bomb-lying.xlsx', sheetBomb('第一批', ENFORCEMENT, 40 * 1024 * 1024, 0)),
    expected: () => ({ sheet: '第一批', row: { atLeast: 10 }, column: /^[A-O]$/u, message: /工作簿解压后超过 16 MB/u }),
  },
  {
    title: 'an xlsx ZIP bomb in the shared strings',
    kind: 'whistle',
    make: () =>
      file(
        'bomb-strings.xlsx',
        zipOf([
          ...workbookParts('吹哨', WHISTLE).filter((p) => p.name !== 'xl/sharedStrings.xml'),
          { name: 'xl/sharedStrings.xml', content: Buffer.alloc(40 * 1024 * 1024, 0x20) },
        ]),
      ),
    expected: () => ({ sheet: '', row: 0, column: null, message: /工作簿解压后超过 16 MB（在 xl\/sharedStrings\.xml 中）/u }),
  },
  {
    title: 'a 2 KB xlsx with cells in column XFD',
    kind: 'powers',
    make: () => {
      const cells = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 2}"><c r="XFD${r + 2}" t="inlineStr"><is><t>x</t></is></c></row>`);
      const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD2001"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>事项名称</t></is></c></row>${cells.join('')}</sheetData></worksheet>`;
      return file(
        'xfd.xlsx',
        zipOf(workbookParts('清单', POWERS).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, content: Buffer.from(xml) } : p))),
      );
    },
    expected: atSheet('清单', 2, 'XFD', /工作表超过 200000 行或 256 列/u),
  },
  {
    title: 'an organization list of 200,001 rows',
    kind: 'organizations',
    make: () => file('long.csv', `${ORGANIZATIONS.join(',')}\n${'某机构,政府部门\n'.repeat(200_000)}`),
    expected: atCsv(200_001, 'A', /工作表超过 200000 行或 256 列/u),
  },
  {
    title: `a duty list merged down 5,000 rows (past ${MAX_RECORD_ROWS})`,
    kind: 'duties',
    make: () =>
      csv('merged-down.csv', [
        DUTIES,
        row(DUTIES, { 序号: '1', 清单类型: '基本履职', 事项名称: '安全生产宣传', '乡镇(街道)': P('白碱滩镇'), 对口部门: ORG }),
        ...Array.from({ length: 5000 }, (_, i) => row(DUTIES, { 部门职责: `续行${i}` })),
      ]),
    expected: atCsv(2 + MAX_RECORD_ROWS, '序号', /第 2 行起的事项在第 202 行超过 200 行（合并单元格的续行）/u),
  },
  {
    title: `an xlsx lenient list whose 序号 cell is merged over 5,000 rows`,
    kind: 'lenient',
    make: () => {
      const first = row(LENIENT, { 序号: '1', 清单类型: '首违不罚', 违法行为: '未按规定公示营业执照', 实施部门: ORG });
      const rest = Array.from({ length: 5000 }, (_, i) => row(LENIENT, { 适用条件: `情形${i}` }));
      const sheet = XLSX.utils.aoa_to_sheet([LENIENT, first, ...rest]);
      sheet['!merges'] = [0, 2].map((c) => ({ s: { r: 1, c }, e: { r: 5001, c } }));
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, '首违不罚');
      return file('merged.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    },
    expected: atSheet('首违不罚', 2 + MAX_RECORD_ROWS, '序号', /超过 200 行（合并单元格的续行）/u),
  },
  {
    title: 'a formula with a space after =',
    kind: 'powers',
    make: () => csv('formula-space.csv', [POWERS, power(1, POWER, { 备注: '= 1+1' })]),
    expected: atCsv(2, '备注', /备注“= 1\+1”是公式/u),
  },
  {
    title: 'a formula after leading spaces, starting with +',
    kind: 'whistle',
    make: () =>
      csv('formula-plus.csv', [
        WHISTLE,
        row(WHISTLE, { 序号: '1', 吹哨事项: '  +SUM(A1:A9)', 事项类别: '综合执法', 哨型: '一般', 吹哨主体: P('天山路街道'), 主责部门: ORG }),
      ]),
    expected: atCsv(2, '吹哨事项', /吹哨事项“ {2}\+SUM\(A1:A9\)”是公式/u),
  },
  {
    title: 'a column headed __proto__ (a header is data, not an object key) holding a formula',
    kind: 'enforcement',
    make: () => csv('proto.csv', [[...ENFORCEMENT, '__proto__', 'toString'], [...handOver(), '=cmd|x', 'y']]),
    expected: atCsv(2, '__proto__', /__proto__“=cmd\|x”是公式/u),
  },

  // ---- duplicates: a sheet copied twice
  {
    title: 'a power list whose second sheet repeats the first',
    kind: 'powers',
    make: () =>
      file(
        'twice.xlsx',
        workbook({
          行政处罚: [POWERS, power(1, POWER), power(2, '对乱停车的处罚')],
          副本: [POWERS, power(1, POWER), power(2, '对乱停车的处罚')],
        }),
      ),
    expected: atSheet('副本', 3, null, /事项“对乱停车的处罚”与工作表“行政处罚”第3行完全相同/u),
  },
  {
    title: 'an enforcement list whose second sheet repeats the first (an old .xls)',
    kind: 'enforcement',
    make: () =>
      file(
        'twice.xls',
        workbook({ 第一批: [ENFORCEMENT, handOver()], 第一批副本: [ENFORCEMENT, handOver()] }, 'biff8'),
      ),
    expected: atSheet('第一批副本', 2, null, /与工作表“第一批”第2行重复/u),
  },

  // ---- unknown enum values
  {
    title: '赋权方式 “转交”',
    kind: 'enforcement',
    make: () => csv('mode.csv', [ENFORCEMENT, handOver({ 赋权方式: '转交' })]),
    expected: atCsv(2, '赋权方式', /赋权方式“转交”无法识别/u),
  },
  {
    title: '清单类型 “不罚清单”',
    kind: 'lenient',
    make: () =>
      csv('lenient-kind.csv', [
        LENIENT,
        row(LENIENT, { 序号: '1', 清单类型: '不罚清单', 违法行为: '未按规定公示营业执照', 实施部门: ORG }),
      ]),
    expected: atCsv(2, '清单类型', /清单类型“不罚清单”无法识别/u),
  },
  {
    title: '类型 “公司”',
    kind: 'organizations',
    make: () => csv('org-type.csv', [ORGANIZATIONS, row(ORGANIZATIONS, { 名称: P('某公司'), 类型: '公司' })]),
    expected: atCsv(2, '类型', /类型“公司”无法识别/u),
  },
  {
    title: '哨型 “特急”',
    kind: 'whistle',
    make: () =>
      csv('urgency.csv', [
        WHISTLE,
        row(WHISTLE, {
          序号: '1',
          吹哨事项: '占道经营',
          事项类别: '综合执法',
          哨型: '特急',
          吹哨主体: P('天山路街道'),
          主责部门: ORG,
        }),
      ]),
    expected: atCsv(2, '哨型', /哨型“特急”无法识别/u),
  },
  {
    title: '清单类型 “自愿履职” in a duty list',
    kind: 'duties',
    make: () =>
      csv('duty-kind.csv', [
        DUTIES,
        row(DUTIES, {
          序号: '1',
          清单类型: '自愿履职',
          事项名称: '安全生产宣传',
          '乡镇(街道)': P('白碱滩镇'),
          对口部门: ORG,
        }),
      ]),
    expected: atCsv(2, '清单类型', /清单类型“自愿履职”无法识别/u),
  },
  {
    title: '权力类型 “行政吹哨”',
    kind: 'powers',
    make: () => csv('category.csv', [POWERS, power(1, POWER, { 权力类型: '行政吹哨' })]),
    expected: atCsv(2, '权力类型', /无法识别的权力类型“行政吹哨”/u),
  },

  // ---- impossible and far-future dates
  {
    title: 'the date 2022-13-45',
    kind: 'enforcement',
    make: () => csv('date-13-45.csv', [ENFORCEMENT, handOver({ 生效日期: '2022-13-45' })]),
    expected: atCsv(2, '生效日期', /生效日期“2022-13-45”日期无效/u),
  },
  {
    title: 'the date 2023-02-30',
    kind: 'organizations',
    make: () =>
      csv('date-02-30.csv', [
        ORGANIZATIONS,
        row(ORGANIZATIONS, { 名称: P('某局'), 类型: '政府部门', 成立日期: '2023-02-30' }),
      ]),
    expected: atCsv(2, '成立日期', /成立日期“2023-02-30”日期无效/u),
  },
  {
    title: 'the date 0000-00-00',
    kind: 'enforcement',
    make: () => csv('date-zero.csv', [ENFORCEMENT, handOver({ 失效日期: '0000-00-00' })]),
    expected: atCsv(2, '失效日期', /失效日期“0000-00-00”日期无效/u),
  },
  {
    title: 'a far-future 生效日期 9999-12-31',
    kind: 'enforcement',
    make: () => csv('date-9999.csv', [ENFORCEMENT, handOver({ 生效日期: '9999-12-31' })]),
    expected: atCsv(2, '生效日期', /生效日期“9999-12-31”日期无效/u),
  },

  // ---- references and rules between cells
  {
    title: 'a hand-over naming an unknown power',
    kind: 'enforcement',
    make: () => csv('unknown-power.csv', [ENFORCEMENT, handOver({ 事项名称: '对不存在事项的处罚' })]),
    expected: atCsv(2, '事项名称', /找不到.*“对不存在事项的处罚”/u),
  },
  {
    title: 'a hand-over naming an unknown organization',
    kind: 'enforcement',
    make: () => csv('unknown-org.csv', [ENFORCEMENT, handOver({ 原实施部门: P('不存在的局') })]),
    expected: atCsv(2, '原实施部门', /原实施部门“T[0-9a-f]{8}坏不存在的局”不存在/u),
  },
  {
    title: 'a recall (已收回) without an end date',
    kind: 'enforcement',
    make: () => csv('recall.csv', [ENFORCEMENT, handOver({ 状态: '已收回' })]),
    expected: atCsv(2, '失效日期', /已收回.*失效日期为空/u),
  },
  {
    title: 'a USCC with a bad check digit',
    kind: 'organizations',
    make: () =>
      csv('uscc.csv', [
        ORGANIZATIONS,
        row(ORGANIZATIONS, { 名称: P('某局'), 类型: '政府部门', 统一社会信用代码: '91350100M000100Y44' }),
      ]),
    expected: atCsv(2, '统一社会信用代码', /统一社会信用代码“91350100M000100Y44”校验码错误/u),
  },
  {
    title: 'a division whose parent is itself',
    kind: 'divisions',
    make: () =>
      csv('self-parent.csv', [DIVISIONS, [fx.division('650200'), P('克拉玛依市'), '市', fx.division('650200')]]),
    expected: atCsv(2, '上级区划代码', /上级区划代码不能是本区划/u),
  },
];

let app: TestApp;
let baseline: string;

beforeAll(async () => {
  app = await startTestApp();
  // What the lists refer to: one department and its power.
  const setup = await IMPORTERS.powers(app.db, csv('setup-powers.csv', [POWERS, power(1, POWER)]), base);
  expect(setup).toMatchObject({ created: 1, written: true, errors: [] });
  baseline = (await graphSnapshot(app.db, prefix)).checksum;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

it('has at least 30 malformed inputs across every list kind', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CASES.map((c) => c.kind))).toEqual(
    new Set(['powers', 'enforcement', 'whistle', 'duties', 'lenient', 'organizations', 'divisions']),
  );
});

/** The error the case expects, as a matcher of summary errors. */
function located(want: Expected): unknown {
  const row = typeof want.row === 'number' ? want.row : expect.any(Number);
  const column = want.column instanceof RegExp ? expect.stringMatching(want.column) : want.column;
  return expect.objectContaining({ sheet: want.sheet, row, column, message: expect.stringMatching(want.message) });
}
const rowHolds = (want: Expected, errors: ImportSummary['errors']): boolean =>
  typeof want.row === 'number' ||
  errors.some((e) => e.sheet === want.sheet && want.message.test(e.message) && e.row >= (want.row as { atLeast: number }).atLeast);

describe.each(CASES)('$kind: $title', ({ kind, make, expected, options }) => {
  it('is rejected with a located Chinese message, and the graph is unchanged', async () => {
    const path = make();
    const summary: ImportSummary = await IMPORTERS[kind](app.db, path, { ...base, ...options });
    expect(summary.written).toBe(false);
    expect(summary.errors.length).toBeGreaterThan(0);
    const want = expected(path);
    expect(summary.errors).toContainEqual(located(want));
    expect(rowHolds(want, summary.errors)).toBe(true);
    expect(summary.errors.every((e) => /\p{Script=Han}/u.test(e.message) && e.messageEn !== '')).toBe(true);
    expect((await graphSnapshot(app.db, prefix)).checksum).toBe(baseline);
  });
});

describe('the whole corpus in a process whose heap is capped at 256 MB', () => {
  /** Runs test/support/import-corpus-child.ts on every case; its heap cannot pass 256 MB without a fatal error. */
  function runChild(cases: CorpusCase[]): Promise<{ code: number | null; outcomes: CorpusOutcome[]; stderr: string }> {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=256', '--require', 'tsx/cjs', join(__dirname, '..', 'support', 'import-corpus-child.ts')],
      { cwd: PROJECT_ROOT, env: process.env, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end(JSON.stringify(cases));
    return new Promise((resolve) => {
      child.on('close', (code) => {
        const outcomes = stdout
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as CorpusOutcome);
        resolve({ code, outcomes, stderr });
      });
    });
  }

  it('refuses every file as in-process, and the heap stays under 256 MB', async () => {
    const cases = CASES.map((c) => ({ title: c.title, kind: c.kind, path: c.make(), options: { ...base, catalog: undefined, ...c.options } }));
    const { code, outcomes, stderr } = await runChild(cases);
    expect(stderr).not.toMatch(/heap out of memory|Allocation failed/u);
    expect(code).toBe(0);
    expect(outcomes.map((o) => o.title)).toEqual(cases.map((c) => c.title));
    for (const [i, outcome] of outcomes.entries()) {
      const c = CASES[i]!;
      expect({ title: c.title, written: outcome.written }).toEqual({ title: c.title, written: false });
      expect(outcome.errors).toContainEqual(located(c.expected(cases[i]!.path)));
      expect(outcome.heapUsedMb).toBeLessThan(256);
    }
    const peak = Math.max(...outcomes.map((o) => o.maxRssMb));
    process.stdout.write(`import corpus: ${outcomes.length} files, heap after each at most ${Math.max(...outcomes.map((o) => o.heapUsedMb))} MB, peak RSS ${peak} MB (old space capped at 256 MB)\n`);
    expect((await graphSnapshot(app.db, prefix)).checksum).toBe(baseline);
  }, 300_000);
});

describe('the real command line', () => {
  /** `quanze import <kind> <file>` on the shared database: its exit status and stdout. */
  function quanze(kind: string, path: string): { status: number | null; stdout: string } {
    const result = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bin/quanze.cjs'), 'import', kind, path, '--valid-from', '2025-01-01'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return { status: result.status, stdout: result.stdout };
  }

  it.each([
    [
      'powers',
      'a formula',
      () => csv('cli-formula.csv', [POWERS, power(1, '=1+1')]),
      (p: string) => `${p}:${csvSheet(p)}:2:事项名称: 事项名称“=1+1”是公式`,
    ],
    [
      'enforcement',
      'an unknown hand-over mode',
      () => csv('cli-mode.csv', [ENFORCEMENT, handOver({ 赋权方式: '转交' })]),
      (p: string) => `${p}:${csvSheet(p)}:2:赋权方式: 赋权方式“转交”无法识别`,
    ],
    [
      'powers',
      'a PDF renamed .xls',
      () => file('cli-report.xls', Buffer.from('%PDF-1.4\n%%EOF\n')),
      (p: string) => `${p}::0:: 不是电子表格文件（内容为 PDF）`,
    ],
  ] as const)('exits 1 on %s with %s and prints file:sheet:row:column: message', async (kind, _what, make, line) => {
    const path = make();
    const { status, stdout } = quanze(kind, path);
    expect(status).toBe(1);
    expect(stdout).toContain(line(path));
    expect(stdout).toContain('已拒绝，未写入任何数据');
    expect((await graphSnapshot(app.db, prefix)).checksum).toBe(baseline);
  });
});
