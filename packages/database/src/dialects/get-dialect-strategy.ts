import type { DatabaseClient } from '@plinth/types';
import type { DialectStrategy } from './dialect-strategy.js';
import { mssqlStrategy } from './mssql/mssql-strategy.js';
import { mysqlStrategy } from './mysql/mysql-strategy.js';
import { pgStrategy } from './pg/pg-strategy.js';
import { sqliteStrategy } from './sqlite/sqlite-strategy.js';

const strategies: Readonly<Record<DatabaseClient, DialectStrategy>> = {
  sqlite: sqliteStrategy,
  pg: pgStrategy,
  mysql: mysqlStrategy,
  mssql: mssqlStrategy,
};

/** The strategy object for a client; throws on a client Plinth does not know. */
export function getDialectStrategy(client: DatabaseClient): DialectStrategy {
  const strategy = strategies[client];
  if (!strategy) throw new Error(`Unsupported database client "${String(client)}"`);
  return strategy;
}
