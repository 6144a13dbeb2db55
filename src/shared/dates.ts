import { badInput } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for text in ISO 8601 date form (yyyy-mm-dd), without checking the calendar. */
export const hasIsoDateForm = (text: string): boolean => ISO_DATE.test(text);

/** True for a real calendar date in ISO 8601 form (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const formats = new Map<string, { format: Intl.DateTimeFormat; minute: number; date: string }>();

/**
 * Today as a calendar date in the users' time zone (China by default), not the server's.
 * Formatted once per UTC minute and zone (every request asks): a zone's date changes at its
 * midnight, which falls on a whole UTC minute in every zone in use.
 * 按用户所在时区（默认中国）计算的今天。
 */
export function today(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  let zone = formats.get(timeZone);
  if (!zone) {
    // Building a formatter costs far more than using one: one per time zone, made once.
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zone = { format, minute: Number.NaN, date: '' };
    formats.set(timeZone, zone);
  }
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== zone.minute) {
    zone.date = zone.format.format(now);
    zone.minute = minute;
  }
  return zone.date;
}

export function asOfDate(value: string | null | undefined, fallback: string, field = 'asOf'): string {
  if (value == null) return fallback;
  if (!isIsoDate(value)) throw badInput(field, value, '须为 ISO 8601 日期，如 2024-07-01', 'must be an ISO 8601 date such as 2024-07-01');
  return value;
}
