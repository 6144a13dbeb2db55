/**
 * How a list kind's header row is recognised, and how its columns map to canonical fields.
 * 表头规格：按同义词识别表头行，把列映射到规范字段。
 */
import type { ImportKind } from '../types';
import { normalizeName } from '../../domain/text';

export interface HeaderField {
  /** Canonical field name (camelCase English). */
  field: string;
  /** Header texts that mean this field, compared after normalizeName. */
  synonyms: string[];
  /** The header row must contain this field. */
  required?: boolean;
  /**
   * A merged header over two columns: the column right after this one, when its header cell is
   * empty or repeats this header, is read as `spanInto` (实施层级及权限: level, then scope).
   */
  spanInto?: string;
}

export interface HeaderSpec {
  kind: ImportKind;
  fields: HeaderField[];
  /** A header row must match at least this many distinct fields (required ones included). */
  minMatches: number;
  /** Rows to search for the header, from the top (title rows come first). */
  searchRows: number;
  /**
   * Continuation rows (merged cells): when set, a row whose `seqField` and `nameField` are both
   * empty, or whose `seqField` repeats the record's, continues the record above.
   */
  continuation?: {
    seqField: string;
    nameField: string;
    /** Also continue when 序号 is empty and the name repeats the record's name. */
    sameNameContinues: boolean;
  };
}

/** The fields a header row matched: field -> 0-based column indexes, in column order. */
export interface HeaderMatch {
  row: number;
  columns: Map<string, number[]>;
  /** Column index -> header text as written (trimmed). */
  headerTexts: string[];
}

const PAREN_SUFFIX = /\([^()]*\)$/u;

function buildLookup(spec: HeaderSpec): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const f of spec.fields) {
    for (const s of f.synonyms) lookup.set(normalizeName(s), f.field);
  }
  return lookup;
}

const lookups = new WeakMap<HeaderSpec, Map<string, string>>();

/** The canonical field a header cell names, or undefined. "报到时限（分钟）" also tries "报到时限". */
export function fieldOfHeader(spec: HeaderSpec, text: string): string | undefined {
  let lookup = lookups.get(spec);
  if (!lookup) {
    lookup = buildLookup(spec);
    lookups.set(spec, lookup);
  }
  const name = normalizeName(text);
  if (name === '') return undefined;
  return lookup.get(name) ?? lookup.get(name.replace(PAREN_SUFFIX, ''));
}

/** Maps one row as a header row; null when it is not one. */
export function matchHeaderRow(spec: HeaderSpec, cells: string[], row: number): HeaderMatch | null {
  const columns = new Map<string, number[]>();
  const spans = new Map(spec.fields.filter((f) => f.spanInto !== undefined).map((f) => [f.field, f.spanInto]));
  for (let c = 0; c < cells.length; c++) {
    const field = fieldOfHeader(spec, cells[c] ?? '');
    if (field === undefined) continue;
    const spanInto = spans.get(field);
    const previous = c > 0 ? fieldOfHeader(spec, cells[c - 1] ?? '') : undefined;
    // 住建-style files repeat the merged header text in the spanned cell.
    if (spanInto !== undefined && previous === field && !columns.has(spanInto)) {
      columns.set(spanInto, [c]);
      continue;
    }
    columns.set(field, [...(columns.get(field) ?? []), c]);
    if (spanInto !== undefined && (cells[c + 1] ?? '').trim() === '' && !columns.has(spanInto)) {
      columns.set(spanInto, [c + 1]);
    }
  }
  const missingRequired = spec.fields.some((f) => f.required === true && !columns.has(f.field));
  if (missingRequired || columns.size < spec.minMatches) return null;
  return { row, columns, headerTexts: cells.map((c) => c.trim()) };
}

/**
 * When no row is a header row: the first row that would be one but for its missing required
 * columns, with the first synonym of each missing field (for the message that says so).
 */
export function nearHeaderRow(spec: HeaderSpec, grid: string[][]): { row: number; missing: string[] } | null {
  const required = spec.fields.filter((f) => f.required === true);
  const relaxed: HeaderSpec = { ...spec, fields: spec.fields.map(({ required: _required, ...f }) => f) };
  const limit = Math.min(grid.length, spec.searchRows);
  for (let r = 0; r < limit; r++) {
    const match = matchHeaderRow(relaxed, grid[r] ?? [], r + 1);
    if (!match) continue;
    const missing = required.filter((f) => !match.columns.has(f.field)).map((f) => f.synonyms[0] ?? f.field);
    if (missing.length > 0) return { row: r + 1, missing };
  }
  return null;
}

/** The first row among the first `spec.searchRows` rows that is a header row. */
export function findHeaderRow(spec: HeaderSpec, grid: string[][]): HeaderMatch | null {
  const limit = Math.min(grid.length, spec.searchRows);
  for (let r = 0; r < limit; r++) {
    const match = matchHeaderRow(spec, grid[r] ?? [], r + 1);
    if (match) return match;
  }
  return null;
}
