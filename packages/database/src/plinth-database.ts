import type { DatabaseClient } from '@plinth/types';
import type { Kysely } from 'kysely';

/** A ready database handle: the one Kysely instance of a process, and what it points at. */
export interface PlinthDatabase {
  kysely: Kysely<any>;
  client: DatabaseClient;
  /** Where it connects, for messages and logs: `host:port` or the SQLite file. Never has credentials. */
  readonly target: string;
  /** Closes the pool (or the SQLite file). */
  destroy(): Promise<void>;
}

/** One executed statement, as handed to the `log` option. */
export interface QueryLogEvent {
  sql: string;
  durationMs: number;
  /** Set when the statement failed. */
  error?: unknown;
}

/** Options for {@link createDatabase}. */
export interface CreateDatabaseOptions {
  /** Called after every statement, e.g. to log slow queries. @default no logging */
  log?: (event: QueryLogEvent) => void;
}
