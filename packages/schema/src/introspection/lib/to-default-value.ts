import type { FieldType } from '@plinth/types';
import type { CatalogDefault } from './catalog.js';
import { normalizeDefaultExpression } from './normalize-default-expression.js';

const numericTypes: ReadonlySet<FieldType> = new Set(['integer', 'bigInteger', 'float', 'decimal']);
const trueLiterals = new Set(['true', '1', 't', 'y', 'yes', 'on']);
const falseLiterals = new Set(['false', '0', 'f', 'n', 'no', 'off']);

function toNumber(text: string, type: FieldType): number | string {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) return text;
  // A bigint beyond 2^53 would be rounded as a JS number; its exact text is worth more.
  if ((type === 'integer' || type === 'bigInteger') && !Number.isSafeInteger(value)) return text;
  return value;
}

function toBoolean(text: string): boolean | string {
  const key = text.trim().toLowerCase();
  if (trueLiterals.has(key)) return true;
  if (falseLiterals.has(key)) return false;
  return text;
}

/**
 * Turns a catalog default into the wire's `default_value`: literals become JS values of the
 * column's field type (numbers, booleans, or the unquoted string), expressions stay text in their
 * portable spelling (`CURRENT_TIMESTAMP`, `gen_random_uuid()`).
 */
export function toDefaultValue(value: CatalogDefault, type: FieldType): unknown {
  if (value === null) return null;
  if ('expression' in value) return normalizeDefaultExpression(value.expression);
  if (numericTypes.has(type)) return toNumber(value.literal, type);
  if (type === 'boolean') return toBoolean(value.literal);
  return value.literal;
}
