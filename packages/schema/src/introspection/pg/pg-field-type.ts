import type { FieldType } from '@plinth/types';
import type { ColumnSchema } from '../database-schema.js';
import { toGeometryFieldType } from '../lib/to-geometry-field-type.js';

const types: Readonly<Record<string, FieldType>> = {
  'character varying': 'string',
  character: 'string',
  bpchar: 'string',
  name: 'string',
  text: 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'bigInteger',
  real: 'float',
  'double precision': 'float',
  numeric: 'decimal',
  boolean: 'boolean',
  date: 'date',
  'time without time zone': 'time',
  'time with time zone': 'time',
  'timestamp without time zone': 'dateTime',
  'timestamp with time zone': 'timestamp',
  json: 'json',
  jsonb: 'json',
  uuid: 'uuid',
  bytea: 'binary',
};

/** The field type of a PostgreSQL column (`data_type` as `format_type()` spells it). */
export function pgFieldType(column: ColumnSchema): FieldType {
  const type = types[column.data_type.toLowerCase()];
  if (type) return type;
  // PostGIS only: PostgreSQL's own `point`/`polygon` are not GeoJSON and stay unknown.
  return /^(geometry|geography)\b/i.test(column.data_type)
    ? (toGeometryFieldType(column.data_type) ?? 'unknown')
    : 'unknown';
}
