import { isAliasSpecial } from '@plinth/schema';
import type { FieldSpecial } from '@plinth/types';
import type { FieldPayload } from '../collections/collection-input.js';
import { hasColumn } from '../lib/alias-types.js';

/**
 * A field without a column exists only through its `directus_fields` row, and the data model
 * only reads such a row as a field when its `special` marks it an alias. A payload that does not
 * say which kind gets the flag its type names (`o2m`, `m2m`, ...) or, for a plain `alias` or
 * `null` type, the presentation pair `alias, no-data`.
 */
export function withAliasSpecial(field: FieldPayload): FieldPayload {
  if (hasColumn(field.type)) return field;
  const given = field.meta?.special;
  const special = Array.isArray(given) ? (given as FieldSpecial[]) : [];
  if (isAliasSpecial(special)) return field;
  const flags = field.type && field.type !== 'alias' ? [field.type] : ['alias', 'no-data'];
  return { ...field, meta: { ...(field.meta ?? {}), special: [...flags, ...special] } };
}
