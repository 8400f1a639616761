import type { ResolvedField } from '../../resolve-field.js';

/** MySQL/MariaDB type names: `char(36)` uuids, `text` for unbounded strings, signed integer keys. */
export function mysqlColumnType(field: ResolvedField): string {
  switch (field.type) {
    case 'string':
    case 'hash':
      return field.maxLength === null ? 'text' : `varchar(${field.maxLength})`;
    case 'integer':
      return 'int';
    case 'bigInteger':
      return 'bigint';
    case 'decimal':
      return `decimal(${field.precision}, ${field.scale})`;
    case 'dateTime':
      return 'datetime';
    case 'uuid':
      return 'char(36)';
    case 'csv':
      return 'text';
    case 'binary':
      return field.maxLength === null ? 'blob' : `varbinary(${field.maxLength})`;
    default:
      // text, float, boolean, date, time, timestamp and json are spelled the same.
      return field.type;
  }
}

/** Types MySQL cannot index without a prefix length. */
export function isMysqlBlobType(field: ResolvedField): boolean {
  return ['text', 'blob', 'json'].includes(mysqlColumnType(field));
}
