import type { DatabaseClient } from '@plinth/types';
import type { DdlDialect } from './ddl-dialect.js';
import { mssqlDdlDialect } from './mssql/mssql-ddl-dialect.js';
import { mysqlDdlDialect } from './mysql/mysql-ddl-dialect.js';
import { pgDdlDialect } from './pg/pg-ddl-dialect.js';
import { sqliteDdlDialect } from './sqlite/sqlite-ddl-dialect.js';

const dialects: Readonly<Record<DatabaseClient, DdlDialect>> = {
  pg: pgDdlDialect,
  mysql: mysqlDdlDialect,
  sqlite: sqliteDdlDialect,
  mssql: mssqlDdlDialect,
};

/** The DDL strategy of a client; throws on a client Plinth does not know. */
export function getDdlDialect(client: DatabaseClient): DdlDialect {
  const dialect = dialects[client];
  if (!dialect) throw new Error(`Unsupported database client "${String(client)}"`);
  return dialect;
}
