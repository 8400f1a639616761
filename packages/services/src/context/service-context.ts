import type { PlinthDatabase } from '@plinth/database';
import type { Accountability, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';

/** The cached data model: read it, or drop it here and on every other instance. */
export interface SchemaSource {
  get(): Promise<SchemaOverview>;
  invalidate(): Promise<void>;
}

/**
 * Everything a service function needs, built once per request (or CLI command) and passed down.
 * A transaction is the same context with `db` swapped for the transaction.
 */
export interface ServiceContext {
  /** The database and its engine; `database.kysely` is the root connection. */
  database: PlinthDatabase;
  /** Where statements go: the root connection, or the transaction in progress. */
  db: Kysely<any>;
  /** Who is calling; null for the system itself (CLI, bootstrap), which is trusted. */
  accountability: Accountability | null;
  /** The data model as of the start of this call. */
  schema: SchemaOverview;
  /** Where `schema` came from; told after anything that changes the data model. */
  schemaCache: SchemaSource;
}
