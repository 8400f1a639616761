import type { DatabaseClient } from '@plinth/types';
import type { ReadDialect } from '../read-dialect.js';
import { mssqlDialect } from './mssql.js';
import { mysqlDialect } from './mysql.js';
import { pgDialect } from './pg.js';
import { sqliteDialect } from './sqlite.js';

const dialects: Readonly<Record<DatabaseClient, ReadDialect>> = {
  pg: pgDialect,
  mysql: mysqlDialect,
  sqlite: sqliteDialect,
  mssql: mssqlDialect,
};

/** The read dialect of an engine. */
export function getReadDialect(client: DatabaseClient): ReadDialect {
  return dialects[client];
}
