import { badInput } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in ISO 8601 form (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today as a calendar date in the users' time zone (China by default), not the server's.
 * 按用户所在时区（默认中国）计算的今天。
 */
export function today(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  let format = formats.get(timeZone);
  if (!format) {
    // Building a formatter costs far more than using one: one per time zone, made once.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format.format(now);
}

export function asOfDate(value: string | null | undefined, fallback: string, field = 'asOf'): string {
  if (value == null) return fallback;
  if (!isIsoDate(value)) throw badInput(field, value, '须为 ISO 8601 日期，如 2024-07-01', 'must be an ISO 8601 date such as 2024-07-01');
  return value;
}
