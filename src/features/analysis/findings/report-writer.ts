import { writeFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';

import { neutraliseFormula } from '../../../shared/formula-safe';
import { REPORT_HEADERS, type ReportSheet } from './report-sheets';

/** Every cell written from graph data is neutralised against formula injection (OWASP). */
const safeRows = (rows: readonly (readonly (string | number)[])[]): (string | number)[][] =>
  rows.map((row) => row.map(neutraliseFormula));

interface CfbEntry {
  name: string;
  content: Uint8Array | number[];
}
interface CfbContainer {
  FullPaths: string[];
  FileIndex: CfbEntry[];
}
interface CfbLibrary {
  read(data: Buffer, options: { type: 'buffer' }): CfbContainer;
  write(container: CfbContainer, options: { fileType: 'zip'; type: 'buffer'; compression?: boolean }): Buffer;
}

/** Display width of a text in Excel's character units: CJK characters count two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return width;
}

/** Column widths sized to the content (the longest line of each column), between 6 and 80. */
export function columnWidths(rows: readonly (readonly (string | number)[])[]): { wch: number }[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      const longest = Math.max(...String(cell).split('\n').map(textWidth));
      widths[c] = Math.max(widths[c] ?? 0, longest);
    });
  }
  return widths.map((w) => ({ wch: Math.min(80, Math.max(6, w + 2)) }));
}

/** Rows of every sheet counted per organization: 机构, 问题 (findings), 重叠 (overlaps), 合计. */
function perOrganization(sheets: readonly ReportSheet[]): (string | number)[][] {
  const counts = new Map<string, { findings: number; overlaps: number }>();
  for (const sheet of sheets) {
    const isOverlap = sheet.name.startsWith('重叠');
    for (const orgs of sheet.rowOrganizations) {
      for (const name of new Set(orgs.filter((o) => o !== ''))) {
        const c = counts.get(name) ?? { findings: 0, overlaps: 0 };
        if (isOverlap) c.overlaps += 1;
        else c.findings += 1;
        counts.set(name, c);
      }
    }
  }
  return [...counts.entries()]
    .map(([name, c]) => [name, c.findings, c.overlaps, c.findings + c.overlaps])
    .sort((a, b) => Number(b[3]) - Number(a[3]) || String(a[0]).localeCompare(String(b[0])));
}

/**
 * Summary sheet first (汇总: counts per kind, then per organization), then one sheet per kind with
 * Chinese headers; every kind sheet has its header row frozen, a filter and columns sized to fit.
 */
export function writeXlsx(file: string, sheets: readonly ReportSheet[], title: string): void {
  const book = XLSX.utils.book_new();
  const byKind = [['类型', '类型代码', '数量'], ...sheets.map((s) => [s.name, s.kind, s.rows.length])];
  const byOrg = [['机构', '问题', '重叠', '合计'], ...safeRows(perOrganization(sheets))];
  const summary = [[neutraliseFormula(title)], [], ...byKind, [], ['按机构 / per organization'], ...byOrg];
  const ws0 = XLSX.utils.aoa_to_sheet(summary);
  ws0['!cols'] = columnWidths([...byKind, ...byOrg]);
  XLSX.utils.book_append_sheet(book, ws0, '汇总');
  for (const sheet of sheets) {
    const rows = [[...REPORT_HEADERS], ...safeRows(sheet.rows)];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!cols'] = columnWidths(rows);
    ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 1), c: REPORT_HEADERS.length - 1 } }) };
    XLSX.utils.book_append_sheet(book, ws, sheet.name.slice(0, 31));
  }
  const written = XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer;
  writeFileSync(file, freezeHeaderRows(written, sheets.length));
}

/**
 * SheetJS community edition writes no frozen panes: each kind sheet's <sheetView> gets a pane
 * frozen below row 1 (sheet2.xml onwards; sheet1 is the summary).
 */
function freezeHeaderRows(xlsx: Buffer, kindSheets: number): Buffer {
  const CFB = XLSX.CFB as CfbLibrary;
  const container = CFB.read(xlsx, { type: 'buffer' });
  const pane =
    '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';
  for (let n = 2; n <= kindSheets + 1; n++) {
    const index = container.FullPaths.findIndex((p) => p.endsWith(`xl/worksheets/sheet${n}.xml`));
    const entry = container.FileIndex[index];
    if (entry === undefined) continue;
    const xml = Buffer.from(entry.content).toString('utf8');
    entry.content = Buffer.from(xml.replace(/<sheetView workbookViewId="0"\/>/u, pane), 'utf8');
  }
  return CFB.write(container, { fileType: 'zip', type: 'buffer', compression: true });
}

const quote = (value: string | number): string => {
  const text = String(neutraliseFormula(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV: one file with every kind (the 类型 and 类型代码 columns say which), UTF-8 with a byte-order
 * mark so spreadsheet programs read the Chinese correctly.
 */
export function writeCsv(file: string, sheets: readonly ReportSheet[]): void {
  const lines = [REPORT_HEADERS.map(quote).join(',')];
  for (const sheet of sheets) for (const row of sheet.rows) lines.push(row.map(quote).join(','));
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
