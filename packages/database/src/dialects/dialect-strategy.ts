import type { DatabaseClient, DatabaseConfig } from '@plinth/types';
import type { ColumnDataType, ColumnDefinitionBuilder, Dialect, Expression, Kysely } from 'kysely';
import type { SystemColumn } from '../system-tables/system-table-types.js';

/**
 * Everything that differs between engines, gathered in one small object per engine so the
 * rest of the package never branches on the client name.
 */
export interface DialectStrategy {
  client: DatabaseClient;
  /** Human name for messages, e.g. `PostgreSQL`. */
  label: string;
  /** Builds the Kysely dialect; drivers open connections only when first used. */
  createDialect(config: DatabaseConfig): Dialect;
  /** Where the config points, without credentials: `host:port` or the SQLite file. */
  describeTarget(config: DatabaseConfig): string;
  /** What to check when the database cannot be reached. */
  connectionHint: string;
  /** The SQL type for a portable system-table column. */
  columnType(column: SystemColumn): ColumnDataType | Expression<unknown>;
  /** Adds the engine's auto-increment primary key and other column modifiers. */
  modifyColumn(builder: ColumnDefinitionBuilder, column: SystemColumn): ColumnDefinitionBuilder;
  /** A boolean literal usable as a column default. */
  booleanLiteral(value: boolean): Expression<unknown>;
  /**
   * Whether a unique constraint lets several rows hold `NULL`. Where it does not (MS SQL), a
   * unique column that may be null gets a filtered unique index instead.
   */
  uniqueAllowsManyNulls: boolean;
  /** Names of the tables in the schema Plinth writes to. */
  listTableNames(db: Kysely<any>): Promise<string[]>;
  /**
   * Runs `fn` while holding the migration lock, inside a transaction where the engine can roll
   * DDL back; `fn` must use the executor it is given.
   */
  runExclusive<T>(db: Kysely<any>, fn: (executor: Kysely<any>) => Promise<T>): Promise<T>;
}
