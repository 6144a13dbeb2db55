/**
 * Turns one SourceRecord's cells into typed values, collecting located problems; and runs a
 * record builder over every sheet, checking required columns and duplicates.
 * 逐行取值并记录带位置的问题；按表运行校验、查重。
 */
import type { ImportProblem, SheetRecords, SourceLocation, SourceRecord } from '../types';
import {
  isPlaceholder,
  parseBoolZh,
  parseDate,
  parseEnum,
  parseIntField,
  splitList,
  type EnumTable,
  type IntOptions,
  type Parsed,
} from './fields';

/** A field a record kind expects, and the header it stands for in IMPORT.md. */
export interface FieldSpec {
  readonly field: string;
  readonly header: string;
  /** A sheet without this column is rejected as a whole; an empty cell rejects the row. */
  readonly required?: boolean;
}

/** What every validated record keeps of its origin. */
export interface RecordSource {
  /** file, sheet and the first physical row of the record (no column). */
  source: SourceLocation;
  rows: number[];
  /** Unknown columns of the row, header text -> cell text. */
  raw: Record<string, string>;
}

type Severity = ImportProblem['severity'];

export interface RowReader {
  readonly problems: ImportProblem[];
  hasErrors(): boolean;
  /** Trimmed cell text; empty and placeholder cells ("/", "无") are undefined. */
  text(field: string): string | undefined;
  /** Like text(), with an error when empty. */
  required(field: string): string | undefined;
  date(field: string): string | undefined;
  bool(field: string): boolean | undefined;
  int(field: string, options?: IntOptions): number | undefined;
  enumOf<T extends string>(field: string, table: EnumTable<T>): T | undefined;
  /** Any parser; a failure is reported at the field, naming the value. */
  parse<T>(field: string, parser: (text: string) => Parsed<T>): T | undefined;
  list(field: string): string[];
  /** Reports a problem on a field (its column when the sheet has one) or on the whole row. */
  report(severity: Severity, field: string | undefined, message: string, messageEn: string): void;
  /** The column header as written, else the IMPORT.md header: for messages. */
  label(field: string): string;
  source(): RecordSource;
}

export function rowReader(sheet: SheetRecords, record: SourceRecord, specs: readonly FieldSpec[]): RowReader {
  const problems: ImportProblem[] = [];
  const byField = new Map(specs.map((spec) => [spec.field, spec]));
  const label = (field: string): string => sheet.columns[field] ?? byField.get(field)?.header ?? field;

  const report = (severity: Severity, field: string | undefined, message: string, messageEn: string): void => {
    const column = field === undefined ? undefined : sheet.columns[field];
    problems.push({
      file: record.location.file,
      sheet: record.location.sheet,
      row: record.location.row,
      ...(column === undefined ? {} : { column }),
      message,
      messageEn,
      severity,
    });
  };

  const text = (field: string): string | undefined => {
    const value = record.fields[field]?.trim();
    return value === undefined || value === '' || isPlaceholder(value) ? undefined : value;
  };

  const parsed = <T>(field: string, parse: (value: string) => Parsed<T>): T | undefined => {
    const value = text(field);
    if (value === undefined) return undefined;
    const result = parse(value);
    if (result.ok) return result.value;
    report(
      'error',
      field,
      `${label(field)}“${value}”${result.message}`,
      `${field} (${label(field)}) "${value}": ${result.messageEn}`,
    );
    return undefined;
  };

  return {
    problems,
    hasErrors: () => problems.some((p) => p.severity === 'error'),
    text,
    required(field) {
      const value = text(field);
      if (value === undefined)
        report('error', field, `${label(field)}不能为空`, `${field} (${label(field)}) is required`);
      return value;
    },
    date: (field) => parsed(field, parseDate),
    bool: (field) => parsed(field, parseBoolZh),
    int: (field, options) => parsed(field, (value) => parseIntField(value, options)),
    enumOf: (field, table) => parsed(field, (value) => parseEnum(value, table)),
    parse: parsed,
    list: (field) => splitList(record.fields[field]),
    report,
    label,
    source: () => ({
      source: { file: record.location.file, sheet: record.location.sheet, row: record.location.row },
      rows: [...record.rows],
      raw: { ...record.raw },
    }),
  };
}

/** Drops undefined properties, so optional fields stay absent (exactOptionalPropertyTypes). */
export function compact<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export interface KindRules<R extends RecordSource> {
  specs: readonly FieldSpec[];
  /** Builds zero or more records from one source record; errors reported on the reader drop them. */
  build(row: RowReader): R[];
  /** Identity within one file, with a short text for the message; undefined: not checked. */
  identity?(record: R): { key: string; text: string } | undefined;
}

export interface KindResult<R> {
  records: R[];
  problems: ImportProblem[];
}

function missingColumns(sheet: SheetRecords, specs: readonly FieldSpec[]): ImportProblem[] {
  return specs
    .filter((spec) => spec.required === true && sheet.columns[spec.field] === undefined)
    .map((spec) => ({
      file: sheet.file,
      sheet: sheet.sheet,
      row: sheet.headerRow,
      message: `缺少必需的列“${spec.header}”，本表所有行均未导入`,
      messageEn: `missing required column ${spec.field} (${spec.header}); no row of this sheet was accepted`,
      severity: 'error' as const,
    }));
}

function rowText(first: RecordSource, second: RecordSource): [string, string] {
  const sameSheet = first.source.sheet === second.source.sheet;
  return sameSheet
    ? [`第${first.source.row}行`, `row ${first.source.row}`]
    : [`工作表“${first.source.sheet}”第${first.source.row}行`, `sheet "${first.source.sheet}" row ${first.source.row}`];
}

/**
 * Runs a kind's rules over sheets. Only records without errors are returned; the sheets' own
 * reading problems (SheetRecords.problems) are not repeated here.
 */
export function runKind<R extends RecordSource>(sheets: readonly SheetRecords[], rules: KindRules<R>): KindResult<R> {
  const records: R[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, R>();
  for (const sheet of sheets) {
    const missing = missingColumns(sheet, rules.specs);
    problems.push(...missing);
    if (missing.length > 0) continue;
    for (const record of sheet.records) {
      const row = rowReader(sheet, record, rules.specs);
      const built = rules.build(row);
      for (const candidate of row.hasErrors() ? [] : built) {
        const identity = rules.identity?.(candidate);
        const key = identity === undefined ? undefined : `${sheet.file}\u0000${identity.key}`;
        const first = key === undefined ? undefined : seen.get(key);
        if (first !== undefined && identity !== undefined) {
          const [zh, en] = rowText(first, candidate);
          row.report('error', undefined, `与${zh}重复：${identity.text}`, `duplicates ${en}: ${identity.text}`);
          continue;
        }
        if (key !== undefined) seen.set(key, candidate);
        records.push(candidate);
      }
      problems.push(...row.problems);
    }
  }
  return { records, problems };
}
