import type { NowAdjustment } from './dynamic-variable.js';
import { invalidQuery } from './lib/invalid-query.js';
import { parseDynamicVariable } from './parse-dynamic-variable.js';

const CLOCK_MS = { millisecond: 1, second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

/**
 * Resolves `$NOW` or `$NOW(<adjustment>)` against `now`. Clock units (ms to hours) add exact durations;
 * calendar units (days, weeks, months, years) move the UTC calendar by whole steps, so `$NOW(-1 month)` on
 * 31 March is 28 or 29 February rather than 2 or 3 March.
 *
 * @throws INVALID_QUERY when `text` is not a `$NOW` variable, or lands outside the range `Date` can hold.
 */
export function resolveNow(text: string, now: Date): Date {
  const variable = parseDynamicVariable(text);
  if (variable?.kind !== 'now') throw invalidQuery(`"${text}" is not a $NOW variable`);
  const result =
    variable.adjustment === null ? new Date(now.getTime()) : applyAdjustment(now, variable.adjustment);
  if (Number.isNaN(result.getTime())) throw invalidQuery(`"${text}" is out of the supported date range`);
  return result;
}

function applyAdjustment(now: Date, { amount, unit }: NowAdjustment): Date {
  if (unit in CLOCK_MS) return new Date(now.getTime() + amount * CLOCK_MS[unit as keyof typeof CLOCK_MS]);

  const steps = Math.trunc(amount);
  if (unit === 'day' || unit === 'week') {
    return new Date(now.getTime() + steps * (unit === 'week' ? 7 : 1) * 86_400_000);
  }

  const result = new Date(now.getTime());
  const months = unit === 'year' ? steps * 12 : steps;
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
