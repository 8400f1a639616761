import type { ColumnSchema } from '../../introspection/database-schema.js';

const lengthTypes = /^(n?varchar|n?char|character varying|character|varbinary|binary)$/i;
const numericTypes = /^(decimal|numeric)$/i;

/**
 * Rebuilds a column's declared SQL type from what introspection reports, for the statements that
 * must restate a column they do not change (a SQLite rebuild, a MySQL `modify`, its undo).
 * Plinth only creates `tinyint` for booleans on MySQL, so a bare `tinyint` is restated as `tinyint(1)`.
 */
export function toDeclaredType(column: ColumnSchema): string {
  const type = column.data_type.trim();
  if (type.includes('(')) return type;
  if (lengthTypes.test(type)) {
    if (column.max_length === null) return type;
    return `${type}(${column.max_length === -1 ? 'max' : column.max_length})`;
  }
  if (numericTypes.test(type) && column.numeric_precision !== null) {
    return `${type}(${column.numeric_precision}, ${column.numeric_scale ?? 0})`;
  }
  if (/^tinyint$/i.test(type)) return 'tinyint(1)';
  return type;
}
