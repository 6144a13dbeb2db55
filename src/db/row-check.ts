import type { CypherRef } from './cypher-registry';
import type { Row } from './database';
import { mapInTurns, TurnBudget } from '../shared/event-loop';
import { RowShapeError } from './decode';

/**
 * Small typed decoders for the hot paths (the analysis reads tens of thousands of rows per scan
 * at a province's scale). A check looks at a row in place and returns it typed, copying nothing;
 * only when a row fails is it walked again to name the field. zod (decode.ts, everywhere else)
 * builds a new object per row and per nested list. A missing nullable field becomes null in the
 * row itself. 分析热路径上的行校验：原地检查，不复制；失败时再指明字段。
 */
export interface Check<T> {
  /** True when `value` has the shape (filling a missing nullable field of a map with null). */
  readonly test: (value: unknown) => value is T;
  /** Why `value` does not: the path of the first wrong field and what was wrong. */
  readonly why: (value: unknown) => { field: string; detail: string };
  readonly nullable?: true;
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? `"${value.slice(0, 40)}"`
        : typeof value;

const scalar = <T>(expected: string, test: (value: unknown) => value is T): Check<T> => ({
  test,
  why: (value) => ({ field: '', detail: `expected ${expected}, got ${describe(value)}` }),
});

export const str = scalar('text', (v): v is string => typeof v === 'string');
export const num = scalar('a number', (v): v is number => typeof v === 'number');
export const bool = scalar('true or false', (v): v is boolean => typeof v === 'boolean');
/** A map whose values are not checked here (a finding's facts: each explainer reads its own). */
export const anyMap = scalar(
  'a map',
  (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
);

/** One of these texts. */
export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  const known: ReadonlySet<unknown> = new Set(values);
  return scalar(`one of ${values.join(', ')}`, (v): v is T => known.has(v));
}

/** Null, or absent (made null), or the check's shape. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return {
    test: (v): v is T | null => v === null || v === undefined || check.test(v),
    why: (v) => check.why(v),
    nullable: true,
  };
}

const under = (head: string, inner: { field: string; detail: string }): { field: string; detail: string } => ({
  field: head + (inner.field === '' || inner.field.startsWith('[') ? inner.field : `.${inner.field}`),
  detail: inner.detail,
});

export function list<T>(check: Check<T>): Check<T[]> {
  return {
    test: (v): v is T[] => {
      if (!Array.isArray(v)) return false;
      const test = check.test;
      for (let i = 0; i < v.length; i++) if (!test(v[i])) return false;
      return true;
    },
    why: (v) => {
      if (!Array.isArray(v)) return { field: '', detail: `expected a list, got ${describe(v)}` };
      const i = v.findIndex((x) => !check.test(x));
      return under(`[${i}]`, check.why(v[i]));
    },
  };
}

type Shape = Readonly<Record<string, Check<unknown>>>;
type Checked<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** A map with these fields (others are left as they are). */
export function map<S extends Shape>(shape: S): Check<Checked<S>> {
  const fields = Object.entries(shape);
  const keys = fields.map(([key]) => key);
  const tests = fields.map(([, check]) => check.test);
  const nullables = fields.map(([, check]) => check.nullable === true);
  return {
    test: (v): v is Checked<S> => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
      const row = v as Record<string, unknown>;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const value = row[key];
        if (value === undefined && nullables[i]) row[key] = null;
        else if (!tests[i]!(value)) return false;
      }
      return true;
    },
    why: (v) => {
      if (!anyMap.test(v)) return anyMap.why(v);
      const [key, check] = fields.find(([k, c]) => !c.test(v[k])) ?? ['', anyMap];
      return under(key, check.why(v[key]));
    },
  };
}

/** Row `index` of statement `ref`, checked; a wrong one fails naming the statement, the row and the field. */
export function decodeChecked<T>(ref: CypherRef, row: Row, check: Check<T>, index: number): T {
  if (check.test(row)) return row;
  const { field, detail } = check.why(row);
  throw new RowShapeError(ref.name, index, field || '(row)', detail);
}

/** Rows checked at the event loop's pace: a turn is given back whenever `turn` has run its budget. */
export function decodeCheckedInTurns<T>(
  ref: CypherRef,
  rows: readonly Row[],
  check: Check<T>,
  turn = new TurnBudget(),
): Promise<T[]> {
  return mapInTurns(rows, (row, i) => decodeChecked(ref, row, check, i), turn);
}
