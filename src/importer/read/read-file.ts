/**
 * The pure reading layer: a file's bytes to header-matched records of every sheet. Never throws
 * for bad input: unreadable files come back as located problems. 读取层：不因坏文件抛异常。
 */
import { readFile as readFileBytes, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportProblem, ReadResult, SheetRecords } from '../types';
import { decodeText } from './decode-text';
import { detectFormat } from './detect-format';
import { nearHeaderRow, type HeaderSpec } from './header-spec';
import { fileLocation, problem } from './problems';
import { sheetRecords } from './sheet-records';
import { csvGrid, GridLimitError, GRID_LIMITS, workbookGrids, type SheetGrid } from './workbook-grid';
import { checkInflatedSize, InflatedSizeError, MAX_INFLATED_BYTES } from './zip-limits';

/** The largest file read at all (the largest real list is under 5 MB). 文件大小上限。 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const columnLetters = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A sheet past GRID_LIMITS, refused at the file, sheet, row and column where it went past. */
function tooLarge(file: string, format: ReadResult['format'], error: GridLimitError): ReadResult {
  const at = { file, sheet: error.sheet, row: error.row + 1, column: columnLetters(error.column) };
  const what =
    error.limit === 'cells'
      ? [`工作表单元格超过 ${GRID_LIMITS.cells} 个`, `the sheet has more than ${GRID_LIMITS.cells} cells`]
      : [
          `工作表超过 ${GRID_LIMITS.rows} 行或 ${GRID_LIMITS.columns} 列`,
          `the sheet goes past ${GRID_LIMITS.rows} rows or ${GRID_LIMITS.columns} columns`,
        ];
  return {
    file,
    format,
    sheets: [],
    skippedSheets: [],
    problems: [problem(at, 'error', `${what[0]}，不是可导入的清单`, `${what[1]}: not a list that can be imported`)],
  };
}

/** A ZIP bomb, refused at the worksheet and the last cell within MAX_INFLATED_BYTES (or at the part). */
function inflatesTooMuch(file: string, error: InflatedSizeError): ReadResult {
  const mb = MAX_INFLATED_BYTES / (1024 * 1024);
  const at = { file, sheet: error.sheet, row: error.row, ...(error.column === '' ? {} : { column: error.column }) };
  return {
    file,
    format: 'xlsx',
    sheets: [],
    skippedSheets: [],
    problems: [
      problem(
        at,
        'error',
        `工作簿解压后超过 ${mb} MB（在 ${error.part} 中），不是可导入的清单`,
        `the workbook inflates to more than ${mb} MB (in ${error.part}): not a list that can be imported`,
      ),
    ],
  };
}

function failed(file: string, format: ReadResult['format'], message: string, messageEn: string): ReadResult {
  return {
    file,
    format,
    sheets: [],
    skippedSheets: [],
    problems: [problem(fileLocation(file), 'error', message, messageEn)],
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function collect(file: string, grids: SheetGrid[], spec: HeaderSpec): Omit<ReadResult, 'format'> {
  const sheets: SheetRecords[] = [];
  const skippedSheets: string[] = [];
  const problems: ImportProblem[] = [];
  const nearMisses: ImportProblem[] = [];
  for (const grid of grids) {
    const isEmpty = grid.rows.every((row) => row.every((cell) => cell.trim() === ''));
    const read = isEmpty ? null : sheetRecords({ file, sheet: grid.name, rows: grid.rows }, spec);
    if (read) {
      sheets.push(read);
      continue;
    }
    skippedSheets.push(grid.name);
    const near = isEmpty ? null : nearHeaderRow(spec, grid.rows);
    if (near) {
      const read = (grid.rows[near.row - 1] ?? []).map((c) => c.trim()).filter((c) => c !== '');
      nearMisses.push(
        problem(
          { file, sheet: grid.name, row: near.row },
          'warning',
          `工作表“${grid.name}”第 ${near.row} 行像是表头（读到的列：${read.join('、')}），但缺少必需的列：${near.missing.join('、')}`,
          `Sheet "${grid.name}" row ${near.row} looks like a header row (columns read: ${read.join(', ')}) but lacks the required columns ${near.missing.join(', ')}`,
        ),
      );
    } else if (!isEmpty) {
      problems.push(
        problem(
          { file, sheet: grid.name, row: 0 },
          'warning',
          `工作表“${grid.name}”前 ${spec.searchRows} 行中没有可识别的表头，已跳过`,
          `Sheet "${grid.name}" has no recognisable header row in its first ${spec.searchRows} rows; skipped`,
        ),
      );
    }
  }
  if (sheets.length > 0) {
    // Other sheets were read: a sheet missing a column is skipped, and said so.
    problems.push(...nearMisses.map((p) => ({ ...p, message: `${p.message}；已跳过`, messageEn: `${p.messageEn}; skipped` })));
  } else if (nearMisses.length > 0) {
    // Nothing was read: the missing column is the reason, and the error names it at the header row.
    problems.push(...nearMisses.map((p) => ({ ...p, severity: 'error' as const })));
  } else {
    problems.push(
      problem(
        fileLocation(file),
        'error',
        '文件中没有找到可识别表头的工作表（检查列名是否为清单的标准列名）',
        'No sheet in the file has a recognisable header row (check the column names)',
      ),
    );
  }
  return { file, sheets, skippedSheets, problems };
}

/** Reads a spreadsheet or CSV from memory. `fileName` is used in locations and as the CSV sheet name. */
export function readBuffer(buffer: Buffer, fileName: string, spec: HeaderSpec): ReadResult {
  if (buffer.length > MAX_FILE_BYTES) {
    return failed(
      fileName,
      'csv',
      `文件大小 ${buffer.length} 字节，超过上限 ${MAX_FILE_BYTES} 字节`,
      `The file is ${buffer.length} bytes, over the limit of ${MAX_FILE_BYTES}`,
    );
  }
  const detected = detectFormat(buffer);
  switch (detected.format) {
    case 'empty':
      return failed(fileName, 'csv', '文件为空', 'The file is empty');
    case 'unsupported':
      return failed(
        fileName,
        'csv',
        `不是电子表格文件（内容为 ${detected.what}）；请提供 .xlsx、.xls 或 .csv 文件`,
        `Not a spreadsheet (the content is ${detected.what}); expected .xlsx, .xls or .csv`,
      );
    case 'csv': {
      const { text, encoding } = decodeText(buffer);
      const sheetName = basename(fileName, extname(fileName));
      try {
        return { format: 'csv', encoding, ...collect(fileName, [csvGrid(text, sheetName)], spec) };
      } catch (error) {
        if (error instanceof GridLimitError) return { ...tooLarge(fileName, 'csv', error), encoding };
        const detail = errorText(error);
        return { ...failed(fileName, 'csv', `CSV 无法解析：${detail}`, `Cannot parse the CSV: ${detail}`), encoding };
      }
    }
    case 'xlsx':
    case 'xls': {
      let grids: SheetGrid[];
      try {
        if (detected.format === 'xlsx') checkInflatedSize(buffer);
        grids = workbookGrids(buffer);
      } catch (error) {
        if (error instanceof InflatedSizeError) return inflatesTooMuch(fileName, error);
        if (error instanceof GridLimitError) return tooLarge(fileName, detected.format, error);
        const detail = errorText(error);
        const label = detected.format === 'xlsx' ? 'xlsx（ZIP）' : 'xls（OLE2）';
        return failed(
          fileName,
          detected.format,
          `文件看似 ${label}工作簿但无法读取（可能已损坏或不是工作簿）：${detail}`,
          `The file looks like an ${detected.format} workbook but cannot be read (damaged, or not a workbook): ${detail}`,
        );
      }
      return { format: detected.format, ...collect(fileName, grids, spec) };
    }
  }
}

/** Reads a file from disk; a missing or unreadable file is a problem, not an exception. */
export async function readFile(path: string, spec: HeaderSpec): Promise<ReadResult> {
  let buffer: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) {
      return failed(path, 'csv', `文件大小 ${size} 字节，超过上限 ${MAX_FILE_BYTES} 字节`, `The file is ${size} bytes, over the limit of ${MAX_FILE_BYTES}`);
    }
    buffer = await readFileBytes(path);
  } catch (error) {
    const detail = errorText(error);
    return failed(path, 'csv', `无法打开文件：${detail}`, `Cannot open the file: ${detail}`);
  }
  return readBuffer(buffer, path, spec);
}
