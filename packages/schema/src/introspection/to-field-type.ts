import type { DatabaseClient, FieldType } from '@plinth/types';
import type { ColumnSchema } from './database-schema.js';
import { mssqlFieldType } from './mssql/mssql-field-type.js';
import { mysqlFieldType } from './mysql/mysql-field-type.js';
import { pgFieldType } from './pg/pg-field-type.js';
import { sqliteFieldType } from './sqlite/sqlite-field-type.js';

const mappers: Readonly<Record<DatabaseClient, (column: ColumnSchema) => FieldType>> = {
  pg: pgFieldType,
  mysql: mysqlFieldType,
  sqlite: sqliteFieldType,
  mssql: mssqlFieldType,
};

/**
 * The wire field type of an introspected column on an engine: `string` for varchar/char, `text`,
 * `integer`, `bigInteger`, `float`, `decimal`, `boolean`, `date`, `time`, `dateTime` (no time
 * zone), `timestamp` (with time zone; MySQL `timestamp`), `json`, `uuid`, `binary`, geometry
 * types, and `unknown` for anything Plinth cannot write.
 *
 * A `char(36)` holding UUIDs (MySQL, SQLite) is `string` here: only the field's metadata can say
 * it is a uuid, so the schema overview decides that.
 */
export function toFieldType(column: ColumnSchema, client: DatabaseClient): FieldType {
  const mapper = mappers[client];
  return mapper ? mapper(column) : 'unknown';
}
