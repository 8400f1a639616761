import type { ResolvedField } from '../../resolve-field.js';

/** PostgreSQL type names, as Directus creates them (plain `json`, `timestamptz` for timestamps). */
export function pgColumnType(field: ResolvedField): string {
  switch (field.type) {
    case 'string':
    case 'hash':
      return field.maxLength === null ? 'varchar' : `varchar(${field.maxLength})`;
    case 'integer':
      return field.autoIncrement ? 'serial' : 'integer';
    case 'bigInteger':
      return field.autoIncrement ? 'bigserial' : 'bigint';
    case 'float':
      return 'real';
    case 'decimal':
      return `numeric(${field.precision}, ${field.scale})`;
    case 'dateTime':
      return 'timestamp';
    case 'timestamp':
      return 'timestamptz';
    case 'csv':
      return 'text';
    case 'binary':
      return 'bytea';
    default:
      // text, boolean, date, time, json and uuid are spelled the same.
      return field.type;
  }
}
