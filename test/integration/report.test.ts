/**
 * The reviewer's report (`quanze report`): written for one organization of a small built graph,
 * then read back with @e965/xlsx as a reviewer's spreadsheet program would.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';

import { reportOptions, writeReport } from '../../src/cli/report-command';
import { CliError } from '../../src/cli/exit-codes';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { buildFindingGraph } from '../support/finding-builders';
import { ListBuilder } from '../support/list-builders';

let app: TestApp;
const prefix = uniquePrefix('报告');
const dir = mkdtempSync(join(tmpdir(), 'quanze-report-'));

beforeAll(async () => {
  app = await startTestApp();
  const graph = await buildFindingGraph(app, prefix);
  // Two leads for one matter: a WHISTLE_MULTI_LEAD overlap whose row must name the matter.
  await new ListBuilder(app, `${prefix}二`).whistleMatters([
    {
      name: `${prefix}两家牵头的吹哨`,
      whistledByIds: [graph.organizations['东镇人民政府']!],
      leadIds: [graph.organizations['甲局']!, graph.organizations['乙局']!],
    },
  ]);
}, 60_000);

afterAll(async () => {
  await app.close();
});

const rowsOf = (book: XLSX.WorkBook, sheet: string): string[][] =>
  XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, raw: false, defval: '' });

describe('quanze report', () => {
  it('writes one sheet per kind with Chinese headers, the explanation and the evidence', async () => {
    const out = join(dir, '甲局.xlsx');
    const result = await writeReport(app.db, { ...reportOptions({ out, asOf: '2026-12-01' }), org: `${prefix}甲局` });
    const book = XLSX.read(readFileSync(out));
    expect(book.SheetNames[0]).toBe('汇总');
    expect(book.SheetNames).toEqual(
      expect.arrayContaining(['问题-违法下放', '问题-无主权力或下放', '问题-事项编码重复', '重叠-同一权力多部门行使']),
    );
    // The summary, 5 overlap kinds, 21 finding kinds and the guiding catalog conformance (issue 17).
    expect(book.SheetNames).toHaveLength(1 + 5 + 21 + 1);
    expect(book.SheetNames.at(-1)).toBe('指导目录对照');

    const illegal = rowsOf(book, '问题-违法下放');
    expect(illegal[0]).toEqual([
      '序号',
      '类型',
      '类型代码',
      '严重程度',
      '得分',
      '对象',
      '对象类型',
      '涉及机构',
      '说明',
      '证据',
      '英文说明 (English)',
      '标识',
    ]);
    expect(
      illegal
        .slice(1)
        .map((r) => r[5])
        .sort(),
    ).toEqual([`${prefix}委托许可给执法队`, `${prefix}委托查封`].sort());
    for (const row of illegal.slice(1)) {
      expect(row[3]).toBe('错误');
      expect(row[4]).toBe('');
      expect(row[6]).toBe('执法事项（下放）');
      expect(row[7]).toContain(`${prefix}甲局`);
      expect(row[8]).toMatch(/行政强制法|行政许可法/);
      expect(row[9]).toContain('决定文号');
      expect(row[11]).toMatch(/^ILLEGAL_HANDOVER:[0-9a-f]{24}$/);
    }
    // 甲局's report: 乙局's own finding (the open-ended entrustment) is not in it.
    expect(
      rowsOf(book, '问题-下放未公布或无期限')
        .slice(1)
        .map((r) => r[5]),
    ).toEqual([`${prefix}未公布的赋权`]);
    const orphaned = rowsOf(book, '问题-无主权力或下放').slice(1);
    expect(orphaned.map((r) => r[5])).toEqual([`${prefix}旧局的处罚`]);
    expect(orphaned[0]![8]).toContain('承继机构');

    const summary = rowsOf(book, '汇总');
    const counts = Object.fromEntries(summary.slice(3, 3 + book.SheetNames.length - 1).map((r) => [r[1], Number(r[2])]));
    // STALE_BASIS: the 2018 version cited, the 2010 one older than the catalog, and a row citing both.
    expect(counts).toMatchObject({
      ILLEGAL_HANDOVER: 2,
      ORPHANED: 1,
      NO_BASIS: 1,
      STALE_BASIS: 3,
      UNRESOLVED_BASIS: 3,
    });
    expect(result.sheets.find((s) => s.kind === 'ILLEGAL_HANDOVER')?.count).toBe(2);
  });

  it('is a sheet people can work in: frozen header, filters, sized columns, separate severity and score, no internal ids', async () => {
    const out = join(dir, '甲局-布局.xlsx');
    await writeReport(app.db, { ...reportOptions({ out, asOf: '2026-12-01' }), org: `${prefix}甲局` });
    const bytes = readFileSync(out);
    const book = XLSX.read(bytes, { cellStyles: true });
    const sheet = book.Sheets['重叠-吹哨多部门牵头']!;
    expect(sheet['!autofilter']?.ref).toMatch(/^A1:L\d+$/u);
    const widths = (sheet['!cols'] ?? []).map((c) => c.wch ?? 0);
    expect(widths).toHaveLength(12);
    expect(new Set(widths).size).toBeGreaterThan(2);
    // The header row is frozen in every kind sheet (the raw sheet XML carries the pane).
    const CFB = XLSX.CFB as { read: (d: Buffer, o: { type: 'buffer' }) => { FullPaths: string[]; FileIndex: { content: Uint8Array }[] } };
    const zip = CFB.read(bytes, { type: 'buffer' });
    const xmlOf = (n: number) => Buffer.from(zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(`xl/worksheets/sheet${n}.xml`))]!.content).toString('utf8');
    expect(xmlOf(2)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xmlOf(book.SheetNames.length)).toContain('state="frozen"');

    const multiLead = rowsOf(book, '重叠-吹哨多部门牵头').slice(1);
    expect(multiLead).toHaveLength(1);
    const [row] = multiLead;
    expect(row![3]).toBe('');
    expect(Number(row![4])).toBeGreaterThan(0);
    expect(row![5]).toBe(`${prefix}两家牵头的吹哨`);
    expect(row![6]).toBe('吹哨事项');
    expect(row![9]).toContain(`吹哨事项：${prefix}两家牵头的吹哨`);
    // Score cells are numbers, severity cells words: never mixed in one column.
    expect(sheet['E2']?.t).toBe('n');
    for (const name of book.SheetNames.slice(1)) {
      for (const r of rowsOf(book, name).slice(1)) {
        expect(['错误', '警告', '提示', '']).toContain(r[3]);
        expect(r[9]).not.toMatch(/\b(?:org|pw|wm|ei|prov|lv)-[0-9a-z]/u);
        expect(r[9]).not.toMatch(new RegExp(`${prefix}-[a-z]+-\\d`, 'u'));
      }
    }
    const summary = rowsOf(book, '汇总');
    const perOrg = summary.slice(summary.findIndex((r) => r[0] === '机构') + 1);
    const mine = perOrg.find((r) => r[0] === `${prefix}甲局`);
    expect(mine).toBeDefined();
    expect(Number(mine![3])).toBe(Number(mine![1]) + Number(mine![2]));
    expect(Number(mine![2])).toBeGreaterThanOrEqual(1);
  });

  it('writes CSV as one file with a kind column, readable as UTF-8', async () => {
    const out = join(dir, '甲局.csv');
    await writeReport(app.db, { ...reportOptions({ out, asOf: '2026-12-01' }), org: `${prefix}甲局` });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF序号,类型,类型代码')).toBe(true);
    const book = XLSX.read(text.slice(1), { type: 'string' });
    const rows = rowsOf(book, book.SheetNames[0]!).slice(1);
    expect(rows.filter((r) => r[2] === 'ILLEGAL_HANDOVER')).toHaveLength(2);
    expect(rows.find((r) => r[2] === 'STALE_BASIS' && r[5] === `${prefix}旧版本依据的处罚`)?.[8]).toContain(
      '2018-10-26修正',
    );
    expect(rows.find((r) => r[2] === 'STALE_BASIS' && r[5] === `${prefix}未收录版本依据的处罚`)?.[8]).toContain(
      '2010-05-01修正的版本（早于法律目录收录的最早版本）',
    );
  });

  it('refuses a bad date, an unknown format and an unknown organization as usage errors', async () => {
    expect(() => reportOptions({ out: 'x.xlsx', asOf: '2026-13-01' })).toThrow(CliError);
    expect(() => reportOptions({ out: 'x.pdf', format: 'pdf' })).toThrow(CliError);
    expect(reportOptions({ out: 'x.csv', asOf: '2026-01-01' }).format).toBe('csv');
    await expect(
      writeReport(app.db, { ...reportOptions({ out: join(dir, 'x.xlsx') }), org: `${prefix}不存在的局` }),
    ).rejects.toThrow(CliError);
  });
});
