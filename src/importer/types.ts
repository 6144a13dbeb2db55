/**
 * Shared shapes of the import pipeline: read (pure) -> records (pure, validated) -> write (Neo4j).
 * 导入流水线的公共类型：读取（纯函数）→ 校验成记录（纯函数）→ 写入 Neo4j。
 */

import type { ListKindName } from '../domain/list-kinds';

/** What `quanze import` reads: the register kinds, guiding catalogs, then every kind of list (src/domain/list-kinds.ts). */
export type ImportKind = 'divisions' | 'organizations' | 'laws' | 'powers' | 'catalog' | ListKindName;

/** Where a value came from. `row` is the 1-based row number as a spreadsheet user sees it. */
export interface SourceLocation {
  file: string;
  sheet: string;
  row: number;
  /** The header text of the column as written in the file, when a single column is at fault. */
  column?: string;
}

/** One problem with the input, located. Messages are Chinese; `messageEn` is the English text. */
export interface ImportProblem extends SourceLocation {
  message: string;
  messageEn: string;
  /** Warnings are reported but do not reject the row (e.g. a repeated header column). */
  severity: 'error' | 'warning';
}

/**
 * One logical record of a sheet after header matching and merging continuation rows
 * (a row with an empty 序号/事项名称 continues the record above).
 */
export interface SourceRecord {
  location: SourceLocation;
  /** All physical rows (1-based) that make up this record, first one first. */
  rows: number[];
  /** Canonical field name -> cell text (trimmed; continuation lines joined with "\n"). */
  fields: Partial<Record<string, string>>;
  /** Unknown columns, header text -> cell text, never dropped. */
  raw: Record<string, string>;
  /**
   * The physical rows of this record one by one, before joining (added by the reader so that
   * records layers can tell sub-items and exercising levels apart from wrapped text).
   */
  lines?: SourceLine[];
}

/** One physical row of a record: its own cell texts by canonical field, and its unknown columns. */
export interface SourceLine {
  row: number;
  fields: Partial<Record<string, string>>;
  raw: Record<string, string>;
}

export interface SheetRecords {
  file: string;
  sheet: string;
  headerRow: number;
  /** Texts of the rows above the header row (the list's title, "部门名称：..."), top first. */
  titles?: string[];
  /** A footnote at the table's end (备注：…, 注：…, 说明：…), one entry per row: the list's remark. */
  notes?: string[];
  /** Canonical field -> the header text it was matched from. */
  columns: Record<string, string>;
  records: SourceRecord[];
  problems: ImportProblem[];
}

export interface ReadResult {
  file: string;
  format: 'xlsx' | 'xls' | 'csv';
  /** For CSV: the detected encoding. */
  encoding?: 'utf-8' | 'gb18030';
  sheets: SheetRecords[];
  /** Sheets that were empty or had no recognisable header row, by name. */
  skippedSheets: string[];
  problems: ImportProblem[];
}
