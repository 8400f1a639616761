import type { DatabaseClient } from '@plinth/types';
import type { DatabaseIntrospector } from './database-introspector.js';
import { mssqlIntrospector } from './mssql/mssql-introspector.js';
import { mysqlIntrospector } from './mysql/mysql-introspector.js';
import { pgIntrospector } from './pg/pg-introspector.js';
import { sqliteIntrospector } from './sqlite/sqlite-introspector.js';

const introspectors: Readonly<Record<DatabaseClient, DatabaseIntrospector>> = {
  pg: pgIntrospector,
  mysql: mysqlIntrospector,
  sqlite: sqliteIntrospector,
  mssql: mssqlIntrospector,
};

/** The introspector for a client; throws on a client Plinth does not know. */
export function getDatabaseIntrospector(client: DatabaseClient): DatabaseIntrospector {
  const introspector = introspectors[client];
  if (!introspector) throw new Error(`No schema introspector for database client "${String(client)}"`);
  return introspector;
}
