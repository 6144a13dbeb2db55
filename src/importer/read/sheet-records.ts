/**
 * One sheet's grid to records: header row, column mapping, continuation rows (merged cells),
 * repeated header rows and columns. 单个工作表：表头识别、合并单元格续行、重复表头。
 */
import type { ImportProblem, SheetRecords, SourceLine, SourceRecord } from '../types';
import { cleanCell, normalizeName } from '../../domain/text';
import { cellProblems } from './cell-checks';
import { findHeaderRow, type HeaderMatch, type HeaderSpec } from './header-spec';
import { problem } from './problems';
import { columnLetter, tableEdges } from './table-edges';

interface SheetInput {
  file: string;
  sheet: string;
  rows: string[][];
}

/** Reads one physical row into a line: first non-empty value of each field, unknown columns raw. */
function readLine(header: HeaderMatch, claimed: Set<number>, cells: string[], row: number): SourceLine {
  // Header texts are data: null-prototype objects, so a column named __proto__ or toString is an
  // ordinary key, not the prototype or an inherited method.
  const fields = Object.create(null) as Partial<Record<string, string>>;
  const raw = Object.create(null) as Record<string, string>;
  for (const [field, cols] of header.columns) {
    const values = cols.map((c) => [c, cleanCell(cells[c] ?? '')] as const).filter(([, v]) => v !== '');
    const [first, ...others] = values;
    if (first === undefined) continue;
    fields[field] = first[1];
    // A repeated header column's other values are kept raw, so nothing disappears unseen.
    for (const [c, v] of others) {
      if (v !== first[1]) raw[`${header.headerTexts[c] ?? ''}#${columnLetter(c)}`] = v;
    }
  }
  for (let c = 0; c < cells.length; c++) {
    const value = cleanCell(cells[c] ?? '');
    if (value === '' || claimed.has(c)) continue;
    const title = header.headerTexts[c] ?? '';
    raw[title === '' ? `#${columnLetter(c)}` : title] = value;
  }
  return { row, fields, raw };
}

/** A row that repeats the header (printed again at a page break). */
function isRepeatedHeader(header: HeaderMatch, cells: string[]): boolean {
  let same = 0;
  let named = 0;
  header.headerTexts.forEach((text, c) => {
    if (text === '') return;
    named++;
    if (normalizeName(cells[c] ?? '') === normalizeName(text)) same++;
  });
  return named > 0 && same >= Math.max(2, Math.ceil(named / 2));
}

/**
 * The most physical rows one record may span (merged cells read as continuation rows). Real lists
 * span at most 10 (data/demo, test/fixtures/karamay); a merge down thousands of rows is a broken
 * export or an attack on the reader, and is refused. 单个事项最多跨越的行数。
 */
export const MAX_RECORD_ROWS = 200;

/** The values each field took on the record's lines so far: a line repeating one adds nothing. */
type Seen = Map<string, Set<string>>;

function appendText(target: Record<string, string | undefined>, seen: Seen, key: string, value: string): void {
  const values = seen.get(key) ?? new Set<string>();
  seen.set(key, values);
  const existing = target[key];
  if (existing === undefined || existing === '') target[key] = value;
  else if (!values.has(value)) target[key] = `${existing}\n${value}`;
  values.add(value);
}

interface Open {
  record: SourceRecord;
  fields: Seen;
  raw: Seen;
}

/** Linear in the record's rows: each value is looked up in a set, not among the previous lines. */
function merge(open: Open, line: SourceLine): void {
  for (const [key, value] of Object.entries(line.fields)) {
    if (value !== undefined) appendText(open.record.fields, open.fields, key, value);
  }
  for (const [key, value] of Object.entries(line.raw)) appendText(open.record.raw, open.raw, key, value);
  open.record.rows.push(line.row);
  (open.record.lines ??= []).push(line);
}

function seenOf(values: Record<string, string | undefined>): Seen {
  const seen: Seen = new Map();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) seen.set(key, new Set([value]));
  return seen;
}

function continues(spec: HeaderSpec, record: SourceRecord | undefined, line: SourceLine): boolean {
  const rule = spec.continuation;
  if (!rule || !record) return false;
  const seq = line.fields[rule.seqField];
  const name = line.fields[rule.nameField];
  const recordSeq = record.lines?.[0]?.fields[rule.seqField];
  const recordName = record.fields[rule.nameField];
  const sameName = name !== undefined && recordName !== undefined && normalizeName(name) === normalizeName(recordName);
  if (seq === undefined && name === undefined) return true;
  if (seq !== undefined && recordSeq !== undefined && normalizeName(seq) === normalizeName(recordSeq)) {
    return name === undefined || sameName;
  }
  return seq === undefined && rule.sameNameContinues && sameName;
}

function duplicateColumnWarnings(input: SheetInput, header: HeaderMatch): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const cols of header.columns.values()) {
    if (cols.length < 2) continue;
    const title = header.headerTexts[cols[0] ?? 0] ?? '';
    const letters = cols.map((c) => columnLetter(c));
    problems.push(
      problem(
        { file: input.file, sheet: input.sheet, row: header.row, column: title },
        'warning',
        `表头“${title}”重复出现（第 ${letters.join('、')} 列），每行取第一个非空值`,
        `Header "${title}" appears more than once (columns ${letters.join(', ')}); each row keeps the first non-empty value`,
      ),
    );
  }
  return problems;
}

/** The non-empty texts of the rows above the header ("XX局2024年权责清单"), one per row. */
function titleLines(rows: readonly (readonly string[])[], headerRow: number): string[] {
  return rows
    .slice(0, headerRow - 1)
    .map((cells) => [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))].join(' '))
    .filter((t) => t !== '');
}

/** The sheet's records, or null when the sheet has no recognisable header row. */
export function sheetRecords(input: SheetInput, spec: HeaderSpec): SheetRecords | null {
  const header = findHeaderRow(spec, input.rows);
  if (!header) return null;
  const claimed = new Set([...header.columns.values()].flat());
  const records: SourceRecord[] = [];
  const columnName = (c: number): string => {
    const title = header.headerTexts[c] ?? '';
    return title === '' ? `#${columnLetter(c)}` : title;
  };
  const at = (row: number) => ({ file: input.file, sheet: input.sheet, row });
  const refused = cellProblems(at(header.row), input.rows[header.row - 1] ?? [], columnName);
  const rule = spec.continuation;
  const mergedColumn = columnName(header.columns.get(rule?.seqField ?? '')?.[0] ?? header.columns.get(rule?.nameField ?? '')?.[0] ?? 0);
  // A footnote row at the end and helper columns to the right are not the table's (issue 17 §4).
  const edges = tableEdges(input, header, input.rows);
  let open: Open | undefined;
  /** A record refused for spanning too many rows: its further continuation rows are passed over. */
  let overflowed = false;
  for (let r = header.row; r < edges.tableEnd; r++) {
    const row = input.rows[r] ?? [];
    const cells = edges.helperColumns.size === 0 ? row : row.map((c, i) => (edges.helperColumns.has(i) ? '' : c));
    if (cells.every((c) => c.trim() === '')) continue;
    if (isRepeatedHeader(header, cells)) continue;
    // A row with a refused cell is reported and left out, so its text goes no further.
    const bad = cellProblems(at(r + 1), cells, columnName);
    if (bad.length > 0) {
      refused.push(...bad);
      continue;
    }
    const line = readLine(header, claimed, cells, r + 1);
    if (Object.keys(line.fields).length === 0 && Object.keys(line.raw).length === 0) continue;
    if (open && continues(spec, open.record, line)) {
      if (overflowed) continue;
      if (open.record.rows.length < MAX_RECORD_ROWS) {
        merge(open, line);
        continue;
      }
      // Refused whole, so no part of the merge is imported as if it were the record.
      overflowed = true;
      records.pop();
      const first = open.record.location.row;
      refused.push(
        problem(
          { ...at(line.row), column: mergedColumn },
          'error',
          `第 ${first} 行起的事项在第 ${line.row} 行超过 ${MAX_RECORD_ROWS} 行（合并单元格的续行），不是可导入的清单`,
          `the record starting at row ${first} runs past ${MAX_RECORD_ROWS} rows (merged continuation rows) at row ${line.row}: not a list that can be imported`,
        ),
      );
      continue;
    }
    overflowed = false;
    const record: SourceRecord = {
      location: { file: input.file, sheet: input.sheet, row: line.row },
      rows: [line.row],
      fields: Object.assign(Object.create(null) as Partial<Record<string, string>>, line.fields),
      raw: Object.assign(Object.create(null) as Record<string, string>, line.raw),
      lines: [line],
    };
    open = { record, fields: seenOf(line.fields), raw: seenOf(line.raw) };
    records.push(record);
  }
  const columns = Object.create(null) as Record<string, string>;
  for (const [field, cols] of header.columns) {
    const title = header.headerTexts[cols[0] ?? 0] ?? '';
    columns[field] = title === '' ? `#${columnLetter(cols[0] ?? 0)}` : title;
  }
  return {
    file: input.file,
    sheet: input.sheet,
    headerRow: header.row,
    titles: titleLines(input.rows, header.row),
    ...(edges.notes.length > 0 ? { notes: edges.notes } : {}),
    columns,
    records,
    problems: [...refused, ...duplicateColumnWarnings(input, header), ...edges.problems],
  };
}
