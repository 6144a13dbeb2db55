import { z } from 'zod';

import type { CypherRef } from './cypher-registry';
import type { Row } from './database';

/**
 * Rows become models here, checked: a row whose shape is not what the code expects fails with
 * the statement, the row and the field, instead of travelling on as a wrong model.
 * 数据库行在边界处校验后才成为模型，出错时指明语句与字段。
 */
export class RowShapeError extends Error {
  constructor(
    readonly statement: string,
    readonly row: number,
    readonly field: string,
    detail: string,
  ) {
    super(`cypher/${statement}.cypher, row ${row}, field ${field}: ${detail}`);
    this.name = 'RowShapeError';
  }
}

/** Decodes every row of a statement with one schema. */
export function decodeRows<T>(ref: CypherRef, rows: readonly Row[], schema: z.ZodType<T>): T[] {
  return rows.map((row, index) => decodeRow(ref, row, schema, index));
}

/** Decodes one row (the first, unless `index` says which). */
export function decodeRow<T>(ref: CypherRef, row: Row, schema: z.ZodType<T>, index = 0): T {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new RowShapeError(ref.name, index, issue?.path.join('.') || '(row)', issue?.message ?? 'unexpected shape');
}

/** Decodes one column of every row (e.g. the `item` map a find-by-ids statement returns). */
export function decodeColumn<T>(ref: CypherRef, rows: readonly Row[], column: string, schema: z.ZodType<T>): T[] {
  return rows.map((row, index) => {
    const result = schema.safeParse(row[column]);
    if (result.success) return result.data;
    const [issue] = result.error.issues;
    throw new RowShapeError(ref.name, index, [column, ...(issue?.path ?? [])].join('.'), issue?.message ?? 'unexpected shape');
  });
}

/** Shorthands for the shapes toPlain (values.ts) produces: dates are ISO strings, integers numbers. */
export const text = z.string();
/** A property that may be absent: null either way. */
export const maybeText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
export const maybeNumber = z
  .number()
  .nullish()
  .transform((v) => v ?? null);
/** Ids collected by the statement (COLLECT or a list comprehension: never null). */
export const ids = z.array(z.string());
/** A list property that may be absent: empty then. */
export const maybeTexts = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
/** A model projected by a map; unknown keys are kept (the model type names what the code reads). */
export const model = z.looseObject;
