import type { FieldType } from '@plinth/types';
import type { ColumnSchema } from '../database-schema.js';
import { toGeometryFieldType } from '../lib/to-geometry-field-type.js';

const types: Readonly<Record<string, FieldType>> = {
  varchar: 'string',
  'character varying': 'string',
  'varying character': 'string',
  char: 'string',
  character: 'string',
  nchar: 'string',
  'native character': 'string',
  nvarchar: 'string',
  text: 'text',
  clob: 'text',
  integer: 'integer',
  int: 'integer',
  tinyint: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  int2: 'integer',
  bigint: 'bigInteger',
  'unsigned big int': 'bigInteger',
  int8: 'bigInteger',
  real: 'float',
  float: 'float',
  double: 'float',
  'double precision': 'float',
  decimal: 'decimal',
  numeric: 'decimal',
  boolean: 'boolean',
  bool: 'boolean',
  date: 'date',
  time: 'time',
  datetime: 'dateTime',
  timestamp: 'timestamp',
  json: 'json',
  jsonb: 'json',
  uuid: 'uuid',
  blob: 'binary',
  binary: 'binary',
  varbinary: 'binary',
};

/**
 * The field type of a SQLite column, from its declared type (SQLite keeps whatever the DDL said, so
 * the names other engines use are all recognised). No declared type reads `unknown`.
 */
export function sqliteFieldType(column: ColumnSchema): FieldType {
  const dataType = column.data_type.toLowerCase();
  return types[dataType] ?? toGeometryFieldType(dataType) ?? 'unknown';
}
