import type { NowAdjustment, NowAdjustmentUnit } from '../dynamic-variable.js';
import { invalidQuery } from './invalid-query.js';

// Every spelling `ms` accepts, plus the month spellings Directus adds; matched case-insensitively.
const UNITS: Record<string, NowAdjustmentUnit> = Object.fromEntries([
  ...spellings('millisecond', ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds']),
  ...spellings('second', ['s', 'sec', 'secs', 'second', 'seconds']),
  ...spellings('minute', ['m', 'min', 'mins', 'minute', 'minutes']),
  ...spellings('hour', ['h', 'hr', 'hrs', 'hour', 'hours']),
  ...spellings('day', ['d', 'day', 'days']),
  ...spellings('week', ['w', 'week', 'weeks']),
  ...spellings('month', ['mo', 'mth', 'month', 'months']),
  ...spellings('year', ['y', 'yr', 'yrs', 'year', 'years']),
]);

const ADJUSTMENT = /^([+-]?)\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i;

/**
 * Parses the text between the parentheses of `$NOW(...)`: an optional sign, a number, optional spaces and an
 * optional unit, days when none is given (`-1 year`, `+2 hours`, `30m`, `7`).
 */
export function parseNowAdjustment(text: string): NowAdjustment {
  const match = ADJUSTMENT.exec(text.trim());
  const unit = match ? UNITS[(match[3] || 'd').toLowerCase()] : undefined;
  if (!match || unit === undefined) throw invalidQuery(`Invalid date adjustment "${text}" in $NOW`);

  const magnitude = Number(match[2]);
  return { amount: match[1] === '-' ? -magnitude : magnitude, unit };
}

function spellings(unit: NowAdjustmentUnit, words: string[]): [string, NowAdjustmentUnit][] {
  return words.map((word) => [word, unit]);
}
