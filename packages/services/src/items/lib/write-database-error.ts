import type { DatabaseClient } from '@plinth/types';
import type { WriteErrorContext } from './write-driver-error.js';
import { writeErrorMysql } from './write-error-mysql.js';
import { writeErrorPg } from './write-error-pg.js';
import { writeErrorSqlite } from './write-error-sqlite.js';

const translators: Partial<
  Record<DatabaseClient, (error: unknown, context: WriteErrorContext) => Error | undefined>
> = {
  pg: writeErrorPg,
  mysql: writeErrorMysql,
  sqlite: writeErrorSqlite,
};

/**
 * Runs one write statement and turns the database's constraint errors into the wire errors
 * (RECORD_NOT_UNIQUE, INVALID_FOREIGN_KEY, NOT_NULL_VIOLATION, VALUE_TOO_LONG, ...), one module per engine.
 * Errors it does not know pass through unchanged.
 */
export async function writeStatement<T>(
  client: DatabaseClient,
  context: WriteErrorContext,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translators[client]?.(error, context) ?? error;
  }
}
