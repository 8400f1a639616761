import type { Kysely } from 'kysely';
import type { PlinthDatabase } from './plinth-database.js';

/**
 * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws (and the
 * error re-thrown). Pass `trx` down as the `db` of everything the unit of work touches.
 */
export function withTransaction<T>(db: PlinthDatabase, fn: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute(fn);
}
