import { parseFieldReference } from '../parse-field-reference.js';
import { invalidQuery } from './invalid-query.js';
import { parseJsonParam } from './parse-json-param.js';
import type { SanitizeContext } from './sanitize-context.js';

/**
 * Reads `alias` (or `_alias`): new key to the field or function it reads, as JSON text or a bracket object.
 * Neither side may contain `.`: an alias renames a field of its own level only.
 */
export function parseAlias(
  raw: unknown,
  name: string,
  context: SanitizeContext,
): Record<string, string> | null {
  const object = parseJsonParam(raw, name);
  if (object === undefined) return null;

  const entries = Object.entries(object).map(([key, value]): [string, string] => {
    if (typeof value !== 'string' || key === '' || value === '' || key.includes('.') || value.includes('.')) {
      throw invalidQuery(`"${name}" keys and values must be field names without "."`);
    }
    parseFieldReference(value, { allowWildcards: false, maxJsonQueryDepth: context.maxJsonQueryDepth });
    return [key, value];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
