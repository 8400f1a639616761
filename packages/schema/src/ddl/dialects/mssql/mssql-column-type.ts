import type { ResolvedField } from '../../resolve-field.js';

/** MS SQL type names: Unicode strings, `bit` booleans, `datetimeoffset` for timestamps (untested live). */
export function mssqlColumnType(field: ResolvedField): string {
  switch (field.type) {
    case 'string':
    case 'hash':
      return field.maxLength === null ? 'nvarchar(max)' : `nvarchar(${field.maxLength})`;
    case 'text':
    case 'json':
    case 'csv':
      return 'nvarchar(max)';
    case 'integer':
      return 'int';
    case 'bigInteger':
      return 'bigint';
    case 'decimal':
      return `decimal(${field.precision}, ${field.scale})`;
    case 'boolean':
      return 'bit';
    case 'dateTime':
      return 'datetime2';
    case 'timestamp':
      return 'datetimeoffset';
    case 'uuid':
      return 'uniqueidentifier';
    case 'binary':
      return field.maxLength === null ? 'varbinary(max)' : `varbinary(${field.maxLength})`;
    default:
      // float, date and time are spelled the same.
      return field.type;
  }
}
