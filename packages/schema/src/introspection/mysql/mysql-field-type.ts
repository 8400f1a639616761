import type { FieldType } from '@plinth/types';
import type { ColumnSchema } from '../database-schema.js';
import { toGeometryFieldType } from '../lib/to-geometry-field-type.js';

const types: Readonly<Record<string, FieldType>> = {
  varchar: 'string',
  char: 'string',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  smallint: 'integer',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigInteger',
  float: 'float',
  double: 'float',
  real: 'float',
  decimal: 'decimal',
  numeric: 'decimal',
  boolean: 'boolean',
  date: 'date',
  time: 'time',
  datetime: 'dateTime',
  timestamp: 'timestamp',
  json: 'json',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
};

/**
 * The field type of a MySQL/MariaDB column. `tinyint(1)` and `bit(1)` are MySQL's booleans: the
 * introspector reports their display width as `numeric_precision: 1`.
 */
export function mysqlFieldType(column: ColumnSchema): FieldType {
  const dataType = column.data_type.toLowerCase();
  if (dataType === 'tinyint' || dataType === 'bit') {
    if (column.numeric_precision === 1) return 'boolean';
    return dataType === 'tinyint' ? 'integer' : 'unknown';
  }
  return types[dataType] ?? toGeometryFieldType(dataType) ?? 'unknown';
}
