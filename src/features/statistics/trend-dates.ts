/** TrendInterval // 趋势步长 */
export type TrendIntervalValue = 'MONTH' | 'QUARTER' | 'YEAR';

/** Most steps one trend may take (each step is one statistics run: the cost plugin charges per step). */
export const MAX_TREND_STEPS = 40;

const MONTHS: Record<TrendIntervalValue, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The dates of a trend: `from`, then every interval after it, up to and including `to` (a date past
 * `to` is not taken; `to` itself is added as the last step when the steps skip it). Month ends stay
 * clamped to the month (01-31 + 1 month = 02-28 or 29).
 */
export function trendDates(from: string, to: string, interval: TrendIntervalValue): string[] {
  const dates: string[] = [];
  for (let i = 0; dates.length <= MAX_TREND_STEPS; i += 1) {
    const date = addMonths(from, i * MONTHS[interval]);
    if (date > to) break;
    dates.push(date);
  }
  if (dates.length > 0 && dates[dates.length - 1] !== to && dates.length <= MAX_TREND_STEPS) dates.push(to);
  return dates;
}

/** How many steps a trend takes, for the cost plugin (without building the dates twice). */
export const trendStepCount = (from: string, to: string, interval: TrendIntervalValue): number =>
  trendDates(from, to, interval).length;
