import { invalidQuery } from './invalid-query.js';

/** Reads `search` (or `_search`): a string, trimmed; empty means no search. */
export function parseSearch(raw: unknown, name: string): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') throw invalidQuery(`"${name}" must be a string`);
  const search = raw.trim();
  return search === '' ? null : search;
}
