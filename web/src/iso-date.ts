/**
 * Dates on the pages are typed and shown as ISO 8601 (YYYY-MM-DD), never in the browser's locale
 * (`<input type=date>` shows 12/01/2026 to an en-US browser). 日期一律以 YYYY-MM-DD 显示与输入。
 */

/** The date when `text` is a real calendar date written YYYY-MM-DD, else null. */
export function isoDate(text: string): string | null {
  const value = text.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}
