import { columnOf } from '../records/post-checks';
import type { RecordSource } from '../records/row-context';
import { addProblems, countRejectedRows, type ImportSummary } from '../summary';
import type { ImportProblem, ReadResult, SheetRecords } from '../types';

const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/**
 * The problems of one file import: the reader's, the records layer's and those found while
 * resolving references against the graph. A row with an error is rejected as a whole (every
 * record it expanded into), so --skip-invalid never writes half a row.
 */
export class Validation<R extends RecordSource> {
  private readonly problems: ImportProblem[];
  private readonly sheets: readonly SheetRecords[];

  constructor(
    read: ReadResult,
    private readonly records: readonly R[],
    problems: readonly ImportProblem[],
  ) {
    this.sheets = read.sheets;
    this.problems = [...read.problems, ...read.sheets.flatMap((s) => s.problems), ...problems];
    const [first] = read.sheets;
    // A header and nothing under it is an empty list, not an empty change: say so.
    if (first !== undefined && records.length === 0 && !this.hasErrors()) {
      this.problems.push({
        file: first.file,
        sheet: first.sheet,
        row: first.headerRow,
        message: `第 ${first.headerRow} 行是表头，但表中没有任何数据行`,
        messageEn: `row ${first.headerRow} is a header row, but no sheet has any data row`,
        severity: 'error',
      });
    }
  }

  /** A located problem on a record's field (its column as written) or on the whole row. */
  report(record: R, field: string | undefined, severity: ImportProblem['severity'], message: string, messageEn: string): void {
    const column = field === undefined ? undefined : columnOf(this.sheets, record, field);
    this.problems.push({ ...record.source, ...(column === undefined ? {} : { column }), message, messageEn, severity });
  }

  reject(record: R, field: string | undefined, message: string, messageEn: string): void {
    this.report(record, field, 'error', message, messageEn);
  }

  warn(record: R, field: string | undefined, message: string, messageEn: string): void {
    this.report(record, field, 'warning', message, messageEn);
  }

  hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** Records whose row has no error. */
  accepted(): R[] {
    const bad = new Set(this.problems.filter((p) => p.severity === 'error').map((p) => rowKey(p.sheet, p.row)));
    return this.records.filter((r) => !bad.has(rowKey(r.source.sheet, r.source.row)));
  }

  /**
   * Puts the problems into the summary (replacing earlier ones) and says whether to stop: any
   * error without --skip-invalid writes nothing.
   */
  settle(summary: ImportSummary, skipInvalid: boolean): boolean {
    summary.errors = [];
    summary.warnings = [];
    addProblems(summary, this.problems);
    summary.rejected = countRejectedRows(this.problems);
    const rows = new Set(this.records.map((r) => rowKey(r.source.sheet, r.source.row)));
    for (const p of this.problems) if (p.severity === 'error' && p.row > 0) rows.add(rowKey(p.sheet, p.row));
    summary.rowsRead = rows.size;
    return summary.errors.length > 0 && !skipInvalid;
  }
}
