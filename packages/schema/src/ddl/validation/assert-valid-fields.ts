import { InvalidPayloadError } from '@plinth/errors';
import type { DatabaseClient } from '@plinth/types';
import type { FieldInput } from '../ddl-types.js';
import { isColumnFieldType } from '../resolve-field.js';
import { assertValidField } from './assert-valid-field.js';

/**
 * Throws `INVALID_PAYLOAD` unless a whole payload of fields can be created together: each field
 * valid on its own (see {@link assertValidField}), no name twice (compared case-insensitively, as
 * MySQL and SQLite do), and at most one primary key, as Directus collections have.
 */
export function assertValidFields(fields: readonly FieldInput[], client: DatabaseClient): void {
  if (!Array.isArray(fields)) throw new InvalidPayloadError({ reason: '"fields" must be an array' });
  const seen = new Set<string>();
  let keys = 0;
  for (const field of fields) {
    assertValidField(field, client);
    const name = field.field.toLowerCase();
    if (seen.has(name))
      throw new InvalidPayloadError({ reason: `Field "${field.field}" is listed more than once` });
    seen.add(name);
    const schema = field.schema ?? {};
    if (isColumnFieldType(field.type) && (schema.is_primary_key || schema.has_auto_increment)) keys++;
  }
  if (keys > 1) throw new InvalidPayloadError({ reason: 'A collection can have only one primary key field' });
}
