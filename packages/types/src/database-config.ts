/** The database engines Plinth speaks to. `mysql` covers MariaDB too. */
export type DatabaseClient = 'sqlite' | 'pg' | 'mysql' | 'mssql';

/** Pool bounds handed to the driver. */
export interface DatabasePoolConfig {
  /** @default 0 for SQLite, 2 otherwise */
  min?: number;
  /** @default 1 for SQLite, 10 otherwise */
  max?: number;
}

/**
 * Everything needed to open a connection. Built from the `DB_*` settings by `@plinth/env`
 * and handed to `@plinth/database`; nothing below reads the environment itself.
 */
export interface DatabaseConfig {
  client: DatabaseClient;
  /** SQLite file path; `:memory:` for a throw-away database. */
  filename?: string;
  /** A URL such as `postgres://user:pass@host:5432/db`; wins over the separate fields. */
  connectionString?: string;
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  /** `true` for TLS with defaults, or driver TLS options (`DB_SSL__*`). */
  ssl?: boolean | Record<string, unknown>;
  pool?: DatabasePoolConfig;
  /** PostgreSQL schemas to search, first one is where Plinth writes. @default ['public'] */
  searchPath?: string[];
  /** PostgreSQL: repeated item reads as named prepared statements. @default true */
  preparedReads?: boolean;
  /** Any other `DB_*` option, passed to the driver as-is (keys camelCased). */
  options?: Record<string, unknown>;
}
