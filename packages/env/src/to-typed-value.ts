import type { JsonValue } from './env-definition.js';
import { EnvError } from './env-error.js';
import { describeReceived } from './lib/describe-received.js';
import { toBoolean, toRegExp } from './lib/kind-parsers.js';
import { splitTypePrefix } from './lib/type-prefix.js';

/** Numbers that survive a round trip; `007` or `1e400` stay text. */
function toExactNumber(text: string): number | undefined {
  const value = Number(text);
  return text !== '' && Number.isFinite(value) && String(value) === text ? value : undefined;
}

/**
 * Types a value that has no definition (a `DB_SSL__*` or `STORAGE_<LOC>_*` option) the way Directus
 * does: a `string:`/`number:`/`boolean:`/`array:`/`json:`/`regex:` prefix forces the type; otherwise
 * `true`/`false` become booleans and plain numbers become numbers.
 *
 * @param variable Named in the `EnvError` thrown when a forced type does not fit.
 */
export function toTypedValue(raw: string, variable = 'The value'): JsonValue | RegExp {
  const { prefix, body } = splitTypePrefix(raw);
  const fail = (accepted: string): never => {
    throw new EnvError({ variable, accepted, received: describeReceived(variable, raw) });
  };
  switch (prefix) {
    case 'string':
      return body;
    case 'number': {
      const value = Number(body.trim());
      return body.trim() !== '' && !Number.isNaN(value) ? value : fail('a number after number:');
    }
    case 'boolean':
      return toBoolean(body) ?? fail('true or false after boolean:');
    case 'array':
      return body
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'json':
      try {
        return JSON.parse(body) as JsonValue;
      } catch {
        return fail('valid JSON after json:');
      }
    case 'regex':
      return toRegExp(body) ?? fail('a valid pattern after regex:');
    default: {
      const lower = raw.trim().toLowerCase();
      if (lower === 'true' || lower === 'false') return lower === 'true';
      return toExactNumber(raw.trim()) ?? raw;
    }
  }
}
