import type { ResolvedField } from '../../resolve-field.js';

/**
 * SQLite type names, chosen for the affinity they give and for what introspection reads back:
 * `datetime` and `timestamp` (knex writes `datetime` for both, but the two names share NUMERIC
 * affinity and only distinct names let introspection tell the types apart), `text` for json as the
 * system tables do (a `json` name would get NUMERIC affinity), and `integer` for every
 * auto-increment key, because only `integer primary key` is the rowid.
 */
export function sqliteColumnType(field: ResolvedField): string {
  switch (field.type) {
    case 'string':
    case 'hash':
      return field.maxLength === null ? 'varchar' : `varchar(${field.maxLength})`;
    case 'bigInteger':
      return field.autoIncrement ? 'integer' : 'bigint';
    case 'decimal':
      return `decimal(${field.precision}, ${field.scale})`;
    case 'dateTime':
      return 'datetime';
    case 'json':
    case 'csv':
      return 'text';
    case 'uuid':
      return 'char(36)';
    case 'binary':
      return 'blob';
    default:
      // text, integer, float, boolean, date and time are spelled the same.
      return field.type;
  }
}
