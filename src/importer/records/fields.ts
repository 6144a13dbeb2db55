/**
 * Pure parsers for cell text. They know nothing about rows or columns: a failure carries only
 * what is wrong with the value; `row-context.ts` adds the location, the column and the value.
 * 单元格文本解析（纯函数）。
 */

import { isNoneValue, normalizeName } from '../../domain/text';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; messageEn: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string, messageEn: string): Parsed<T> => ({ ok: false, message, messageEn });

/**
 * Key for matching names (src/domain/text.ts, shared with the writers and the analysis): NFKC,
 * every whitespace removed, \u3000 included. Display names keep their original form.
 */
export { normalizeName };

/** Key for matching enum labels: normalizeName, plus upper-case Latin letters. */
export function labelKey(text: string): string {
  return normalizeName(text).toUpperCase();
}

// Beyond text.ts's "none" values: what English-speaking exports write.
const EXTRA_PLACEHOLDERS = new Set(['N/A', 'NA', 'NULL', 'NONE']);

/** Cells that real lists fill in to say "nothing here" ("/", "无", "——", "不涉及"...). */
export function isPlaceholder(text: string): boolean {
  return isNoneValue(text) || EXTRA_PLACEHOLDERS.has(labelKey(text));
}

/** Items of a list cell: separated by 、 ， , ; ； or line breaks; trimmed, empties dropped. */
export function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[、，,;；\r\n]+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !isPlaceholder(part));
}

// ---------------------------------------------------------------------------------- dates

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
// Excel's 1900 date system counts days from 1899-12-30 (past its fictitious 1900-02-29).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Serials before 1949-01-01 are refused: a bare "2024" is a year someone typed, not 1905-07-16.
const MIN_SERIAL = (Date.UTC(1949, 0, 1) - EXCEL_EPOCH_MS) / DAY_MS;
const MAX_SERIAL = (Date.UTC(2100, 11, 31) - EXCEL_EPOCH_MS) / DAY_MS;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('日期无效', 'invalid date');
  }
  return ok(`${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/u;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/u;
const SERIAL = /^\d{1,5}(?:\.\d+)?$/u;

/**
 * A calendar date as ISO `YYYY-MM-DD`. Accepts 2024-07-01, 2024/7/1, 2024.7.1, 2024年7月1日,
 * 20240701, a trailing time of day (dropped), and an Excel serial day number (1900 system).
 */
export function parseDate(text: string): Parsed<string> {
  const spaced = text.normalize('NFKC').trim();
  const tight = spaced.replace(/\s+/gu, '');
  const separated = SEPARATED.exec(spaced);
  if (separated) return isoDate(Number(separated[1]), Number(separated[3]), Number(separated[4]));
  const other = CHINESE.exec(tight) ?? COMPACT.exec(tight);
  if (other) return isoDate(Number(other[1]), Number(other[2]), Number(other[3]));
  if (SERIAL.test(tight)) {
    const serial = Math.floor(Number(tight));
    if (serial < MIN_SERIAL || serial > MAX_SERIAL) return fail('日期无效', 'invalid date');
    return ok(new Date(EXCEL_EPOCH_MS + serial * DAY_MS).toISOString().slice(0, 10));
  }
  return fail('日期无效', 'invalid date');
}

// ---------------------------------------------------------------------------- booleans

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '已公布', '公布', '已公开', '公开', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '未公布', '不公布', '未公开', '不公开', '×', '✗', '✘']);

/** 是/否 and their usual variants (Y/N, 已公布/未公布, √/×). */
export function parseBoolZh(text: string): Parsed<boolean> {
  const key = labelKey(text);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail('应为“是”或“否”', 'expected 是 (yes) or 否 (no)');
}

// ---------------------------------------------------------------------------- integers

export interface IntOptions {
  min?: number;
  max?: number;
  /** Accepted unit suffixes and their multipliers, e.g. { 分钟: 1, 小时: 60 }. */
  units?: Readonly<Record<string, number>>;
}

/** A whole number, optionally followed by one of the accepted units ("30", "30.0", "2小时"). */
export function parseIntField(text: string, options: IntOptions = {}): Parsed<number> {
  const value = normalizeName(text);
  const match = /^(-?\d+(?:\.\d+)?)(.*)$/u.exec(value);
  const number = match ? Number(match[1]) : Number.NaN;
  const unit = match?.[2] ?? '';
  const multiplier = unit === '' ? 1 : options.units?.[unit];
  if (!Number.isFinite(number) || multiplier === undefined) return fail('应为整数', 'expected a whole number');
  const result = number * multiplier;
  if (!Number.isInteger(result)) return fail('应为整数', 'expected a whole number');
  if (options.min !== undefined && result < options.min) {
    return fail(`不能小于 ${options.min}`, `must not be less than ${options.min}`);
  }
  if (options.max !== undefined && result > options.max) {
    return fail(`不能大于 ${options.max}`, `must not be greater than ${options.max}`);
  }
  return ok(result);
}

// ---------------------------------------------------------------------------- codes

/** 6 (county and above), 9 (township) or 12 (village) digits, GB/T 2260 and GB/T 10114. */
export function parseDivisionCode(text: string): Parsed<string> {
  const code = normalizeName(text);
  return /^(?:\d{6}|\d{9}|\d{12})$/u.test(code)
    ? { ok: true, value: code }
    : { ok: false, message: '应为6、9或12位数字', messageEn: 'must be 6, 9 or 12 digits' };
}

// ---------------------------------------------------------------------------- enums

/** Accepted labels (Chinese variants and the English codes) for one enum. */
export interface EnumTable<T extends string> {
  /** Label key (see labelKey) -> value. */
  readonly byLabel: ReadonlyMap<string, T>;
  /** The labels listed in the message when a value is not recognised. */
  readonly shown: readonly string[];
}

export function enumTable<T extends string>(entries: Readonly<Record<T, readonly string[]>>): EnumTable<T> {
  const byLabel = new Map<string, T>();
  const shown: string[] = [];
  for (const [value, labels] of Object.entries(entries) as [T, readonly string[]][]) {
    byLabel.set(labelKey(value), value);
    labels.forEach((label, i) => {
      byLabel.set(labelKey(label), value);
      if (i === 0) shown.push(label);
    });
  }
  return { byLabel, shown };
}

export function parseEnum<T extends string>(text: string, table: EnumTable<T>): Parsed<T> {
  const value = table.byLabel.get(labelKey(text));
  if (value !== undefined) return ok(value);
  return fail(`无法识别，可选：${table.shown.join('、')}`, `not recognised; expected one of ${table.shown.join(', ')}`);
}

// ------------------------------------------------------------------------ power references

/** A reference to a power as lists write it: by code when it looks like one, else by name. */
export type PowerRef = { code: string } | { name: string };

// Item codes mix letters and digits (650200207XK01600) or are long digit runs; names never are.
const CODE_LIKE = /^(?=.*\d)[0-9A-Z][0-9A-Z_-]{5,}$/u;

export function parsePowerRef(text: string): PowerRef {
  const key = labelKey(text);
  return CODE_LIKE.test(key) ? { code: key } : { name: text.trim() };
}

/**
 * Power references of a cell. Names contain 、 and ， ("对生产、销售假药的处罚"), so those split
 * the cell only when every part is a code; line breaks and semicolons always split.
 */
export function splitPowerRefs(text: string | undefined): PowerRef[] {
  if (text === undefined) return [];
  const parts = text
    .split(/[;；\r\n]+/u)
    .flatMap((part) => {
      const pieces = splitList(part);
      return pieces.length > 1 && pieces.every((p) => CODE_LIKE.test(labelKey(p))) ? pieces : [part];
    })
    .map((part) => part.trim())
    .filter((part) => part !== '' && !isPlaceholder(part));
  return parts.map(parsePowerRef);
}
