import type { DatabaseClient, FieldType } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import type { ColumnSchema } from './database-schema.js';
import { toFieldType } from './to-field-type.js';

function column(data_type: string, extra: Partial<ColumnSchema> = {}): ColumnSchema {
  return {
    name: 'c',
    table: 't',
    data_type,
    default_value: null,
    max_length: null,
    numeric_precision: null,
    numeric_scale: null,
    is_generated: false,
    generation_expression: null,
    is_nullable: true,
    is_unique: false,
    is_indexed: false,
    is_primary_key: false,
    has_auto_increment: false,
    foreign_key_schema: null,
    foreign_key_table: null,
    foreign_key_column: null,
    comment: null,
    ...extra,
  };
}

const cases: Array<[DatabaseClient, string, Partial<ColumnSchema>, FieldType]> = [
  ['pg', 'character varying', {}, 'string'],
  ['pg', 'text', {}, 'text'],
  ['pg', 'integer', {}, 'integer'],
  ['pg', 'bigint', {}, 'bigInteger'],
  ['pg', 'double precision', {}, 'float'],
  ['pg', 'numeric', {}, 'decimal'],
  ['pg', 'boolean', {}, 'boolean'],
  ['pg', 'time with time zone', {}, 'time'],
  ['pg', 'timestamp without time zone', {}, 'dateTime'],
  ['pg', 'timestamp with time zone', {}, 'timestamp'],
  ['pg', 'jsonb', {}, 'json'],
  ['pg', 'uuid', {}, 'uuid'],
  ['pg', 'bytea', {}, 'binary'],
  ['pg', 'geometry(Point,4326)', {}, 'geometry.Point'],
  ['pg', 'geometry', {}, 'geometry'],
  ['pg', 'point', {}, 'unknown'],
  ['pg', 'interval', {}, 'unknown'],
  ['mysql', 'varchar', {}, 'string'],
  ['mysql', 'char', { max_length: 36 }, 'string'],
  ['mysql', 'longtext', {}, 'text'],
  ['mysql', 'tinyint', { numeric_precision: 1 }, 'boolean'],
  ['mysql', 'tinyint', {}, 'integer'],
  ['mysql', 'bit', { numeric_precision: 1 }, 'boolean'],
  ['mysql', 'datetime', {}, 'dateTime'],
  ['mysql', 'timestamp', {}, 'timestamp'],
  ['mysql', 'json', {}, 'json'],
  ['mysql', 'blob', {}, 'binary'],
  ['mysql', 'multipolygon', {}, 'geometry.MultiPolygon'],
  ['mysql', 'year', {}, 'unknown'],
  ['sqlite', 'varchar', {}, 'string'],
  ['sqlite', 'integer', {}, 'integer'],
  ['sqlite', 'boolean', {}, 'boolean'],
  ['sqlite', 'datetime', {}, 'dateTime'],
  ['sqlite', 'real', {}, 'float'],
  ['sqlite', 'blob', {}, 'binary'],
  ['sqlite', '', {}, 'unknown'],
  ['mssql', 'nvarchar', { max_length: 255 }, 'string'],
  ['mssql', 'nvarchar', { max_length: null }, 'text'],
  ['mssql', 'bit', {}, 'boolean'],
  ['mssql', 'datetime2', {}, 'dateTime'],
  ['mssql', 'datetimeoffset', {}, 'timestamp'],
  ['mssql', 'uniqueidentifier', {}, 'uuid'],
  ['mssql', 'geography', {}, 'geometry'],
  ['mssql', 'sql_variant', {}, 'unknown'],
];

describe('toFieldType', () => {
  it.each(cases)('%s %s %j is %s', (client, dataType, extra, expected) => {
    expect(toFieldType(column(dataType, extra), client)).toBe(expected);
  });
});
