import { writeFileSync } from 'node:fs';

import * as XLSX from '@e965/xlsx';

import { neutraliseFormula } from '../../../shared/formula-safe';
import { REPORT_HEADERS, type ReportSheet } from './report-sheets';

/** Every cell written from graph data is neutralised against formula injection (OWASP). */
const safeRows = (rows: readonly (readonly (string | number)[])[]): (string | number)[][] =>
  rows.map((row) => row.map(neutraliseFormula));

/** Summary sheet first (汇总: kind, count), then one sheet per kind with Chinese headers. */
export function writeXlsx(file: string, sheets: readonly ReportSheet[], title: string): void {
  const book = XLSX.utils.book_new();
  const summary = [[neutraliseFormula(title)], [], ['类型', '类型代码', '数量'], ...sheets.map((s) => [s.name, s.kind, s.rows.length])];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), '汇总');
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet([[...REPORT_HEADERS], ...safeRows(sheet.rows)]);
    ws['!cols'] = REPORT_HEADERS.map((h) => ({ wch: h === '说明' || h === '证据' ? 80 : h === '对象' ? 40 : 14 }));
    XLSX.utils.book_append_sheet(book, ws, sheet.name.slice(0, 31));
  }
  XLSX.writeFile(book, file, { bookType: 'xlsx', compression: true });
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
