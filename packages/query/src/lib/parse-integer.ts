import { invalidQuery } from './invalid-query.js';

const INTEGER = /^-?\d+$/;

/**
 * Reads an integer parameter given as text (`?limit=25`) or as a number. Returns `null` when absent or empty,
 * throws INVALID_QUERY when it is not a whole number at or above `min`. Strict on purpose: `Number()` would
 * accept `0x10`, `1e3` and `' '`.
 */
export function parseInteger(raw: unknown, name: string, min: number): number | null {
  if (raw === undefined || raw === null || raw === '') return null;

  let value: number | undefined;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string' && INTEGER.test(raw.trim())) value = Number(raw.trim());

  if (value === undefined || !Number.isSafeInteger(value) || value < min) {
    throw invalidQuery(`"${name}" must be an integer greater than or equal to ${min}`);
  }
  // `-0` would otherwise leak through and fail strict equality checks downstream.
  return value === 0 ? 0 : value;
}
