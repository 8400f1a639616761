import { invalidQuery } from './invalid-query.js';

/** Reads `version`: a content version key; empty means the main item. */
export function parseVersion(raw: unknown): string | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw !== 'string') throw invalidQuery('"version" must be a string');
  return raw;
}
