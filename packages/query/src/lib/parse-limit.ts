import { invalidQuery } from './invalid-query.js';
import { parseInteger } from './parse-integer.js';

/**
 * Reads `limit` (or `_limit`): an integer of at least -1. With a finite `maxLimit`, `-1` ("all") becomes the
 * max and anything above it is refused, so `QUERY_LIMIT_MAX` caps every read.
 */
export function parseLimit(raw: unknown, name: string, maxLimit: number): number | null {
  const limit = parseInteger(raw, name, -1);
  if (limit === null) return null;
  if (limit === -1) return Number.isFinite(maxLimit) ? maxLimit : -1;
  if (limit > maxLimit) throw invalidQuery(`"${name}" can't be greater than ${maxLimit}`);
  return limit;
}
