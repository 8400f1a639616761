import { invalidQuery } from './invalid-query.js';
import { isPlainRecord } from './is-plain-record.js';

/**
 * Reads a parameter that arrives either as JSON text (the SDK's form) or as the object `qs` builds from bracket
 * syntax. Returns the object, `undefined` for an absent or empty parameter, and throws INVALID_QUERY with
 * `Invalid JSON for <name> object` when the text is not JSON of an object.
 */
export function parseJsonParam(raw: unknown, name: string): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (isPlainRecord(raw)) return raw;

  if (typeof raw === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw invalidQuery(`Invalid JSON for ${name} object`);
    }
    if (isPlainRecord(parsed)) return parsed;
  }

  throw invalidQuery(`Invalid JSON for ${name} object`);
}
