/**
 * Spreadsheet bytes to grids of cell texts, one per sheet. 表格转为文本网格。
 * Cells are read as the text a user sees; date cells become ISO dates (time zone free).
 */
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';

export interface SheetGrid {
  name: string;
  /** rows[r][c]: 0-based; row r is spreadsheet row r + 1. */
  rows: string[][];
}

interface DateCode {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
}

/** The slice of SheetJS's untyped SSF formatter this module uses. */
const SSF = XLSX.SSF as {
  parse_date_code(serial: number, options: { date1904: boolean }): DateCode | null;
  is_date(format: string): boolean;
};

const pad = (n: number): string => String(n).padStart(2, '0');

function dateText(serial: number, date1904: boolean): string | undefined {
  const code = SSF.parse_date_code(serial, { date1904 });
  if (!code) return undefined;
  const day = `${code.y}-${pad(code.m)}-${pad(code.d)}`;
  return code.H || code.M || code.S ? `${day}T${pad(code.H)}:${pad(code.M)}:${pad(code.S)}` : day;
}

function cellText(cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && SSF.is_date(String(cell.z))) {
    return dateText(cell.v, date1904) ?? String(cell.v);
  }
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t === 's') return String(cell.v);
  return cell.w ?? String(cell.v);
}

/**
 * The grid of the cells a sheet really has. Its size comes from the cells present, never from the
 * declared range: SheetJS takes `!ref` from the file's <dimension> tag, and a 5 KB file declaring
 * A1:XFD1048576 would otherwise make a grid of 17 billion cells. Each row is as long as its own
 * last cell; rows without cells are empty arrays.
 */
function sheetRows(sheet: XLSX.WorkSheet, date1904: boolean, name: string): string[][] {
  const rows: string[][] = [];
  let cells = 0;
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(address);
    const text = cellText(sheet[address] as XLSX.CellObject | undefined, date1904);
    if (text === '' || r < 0 || c < 0) continue;
    // Refused before the grid grows: a cell in column XFD pads its row to 16,384 cells.
    if (c >= GRID_LIMITS.columns || r >= GRID_LIMITS.rows) throw new GridLimitError(name, r, c, 'dimensions');
    while (rows.length <= r) rows.push([]);
    const row = rows[r] ?? [];
    cells += Math.max(0, c + 1 - row.length);
    if (cells > GRID_LIMITS.cells) throw new GridLimitError(name, r, c, 'cells');
    while (row.length < c) row.push('');
    row[c] = text;
  }
  return rows;
}

/**
 * What a sheet may hold, rows × columns counted as the grid would be padded: far above any real
 * list (the largest, Karamay's, is 3,000 rows × 20 columns), far below what exhausts the heap.
 * 工作表规模上限。
 */
export const GRID_LIMITS = { rows: 200_000, columns: 256, cells: 4_000_000 };

/** A sheet past GRID_LIMITS, located at the first cell past it (0-based row and column). */
export class GridLimitError extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly column: number,
    readonly limit: 'dimensions' | 'cells',
  ) {
    super(`sheet ${sheet} exceeds the ${limit} limit at row ${row + 1}, column ${column + 1}`);
    this.name = 'GridLimitError';
  }
}

/** Throws when SheetJS cannot read the bytes; the caller turns that into a problem. */
export function workbookGrids(buffer: Buffer): SheetGrid[] {
  const wb = XLSX.read(buffer, { type: 'buffer', cellNF: true, cellDates: false, dense: false });
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  return wb.SheetNames.map((name) => {
    const sheet = wb.Sheets[name];
    return { name, rows: sheet ? sheetRows(sheet, date1904, name) : [] };
  });
}

/** Comma unless the first line has more tabs than commas (Excel "text" exports). */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}

export function csvGrid(text: string, name: string): SheetGrid {
  let cells = 0;
  const rows: string[][] = parse(text, {
    // Each record checked as it is parsed, so an oversized CSV stops early with its location.
    on_record: (record: string[], context: { lines: number }) => {
      cells += record.length;
      if (context.lines > GRID_LIMITS.rows) throw new GridLimitError(name, context.lines - 1, 0, 'dimensions');
      if (cells > GRID_LIMITS.cells) throw new GridLimitError(name, context.lines - 1, record.length - 1, 'cells');
      return record;
    },
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  return { name, rows };
}
