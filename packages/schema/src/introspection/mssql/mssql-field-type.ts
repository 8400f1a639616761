import type { FieldType } from '@plinth/types';
import type { ColumnSchema } from '../database-schema.js';

const types: Readonly<Record<string, FieldType>> = {
  varchar: 'string',
  nvarchar: 'string',
  char: 'string',
  nchar: 'string',
  text: 'text',
  ntext: 'text',
  tinyint: 'integer',
  smallint: 'integer',
  int: 'integer',
  bigint: 'bigInteger',
  real: 'float',
  float: 'float',
  decimal: 'decimal',
  numeric: 'decimal',
  money: 'decimal',
  smallmoney: 'decimal',
  bit: 'boolean',
  date: 'date',
  time: 'time',
  datetime: 'dateTime',
  datetime2: 'dateTime',
  smalldatetime: 'dateTime',
  datetimeoffset: 'timestamp',
  json: 'json',
  uniqueidentifier: 'uuid',
  binary: 'binary',
  varbinary: 'binary',
  image: 'binary',
  geometry: 'geometry',
  geography: 'geometry',
};

const unboundedStrings = new Set(['varchar', 'nvarchar']);

/** The field type of an MS SQL column; `nvarchar(max)` (no `max_length`) is `text`. */
export function mssqlFieldType(column: ColumnSchema): FieldType {
  const dataType = column.data_type.toLowerCase();
  if (unboundedStrings.has(dataType) && column.max_length === null) return 'text';
  return types[dataType] ?? 'unknown';
}
