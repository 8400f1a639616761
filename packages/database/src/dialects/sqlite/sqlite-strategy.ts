import { type Kysely, sql } from 'kysely';
import type { SystemColumn } from '../../system-tables/system-table-types.js';
import type { DialectStrategy } from '../dialect-strategy.js';
import { createSqliteDialect } from './create-sqlite-dialect.js';

function columnType(column: SystemColumn) {
  switch (column.type) {
    case 'uuid':
      return 'char(36)' as const;
    case 'string':
      return `varchar(${column.length ?? 255})` as const;
    case 'json':
      return 'text' as const;
    case 'timestamp':
      return 'datetime' as const;
    default:
      return column.type;
  }
}

async function runExclusive<T>(db: Kysely<any>, fn: (executor: Kysely<any>) => Promise<T>): Promise<T> {
  // `begin immediate` takes the write lock up front, so a second process waits (busy_timeout)
  // instead of failing half-way through its DDL.
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await fn(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/** SQLite through better-sqlite3. */
export const sqliteStrategy: DialectStrategy = {
  client: 'sqlite',
  label: 'SQLite',
  createDialect: createSqliteDialect,
  describeTarget: (config) => config.filename ?? '(no filename)',
  connectionHint: 'Check DB_FILENAME and that its directory is writable.',
  columnType,
  modifyColumn: (builder, column) => (column.autoIncrement ? builder.primaryKey().autoIncrement() : builder),
  booleanLiteral: (value) => sql.raw(value ? '1' : '0'),
  uniqueAllowsManyNulls: true,
  async listTableNames(db) {
    const result = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      db,
    );
    return result.rows.map((row) => row.name);
  },
  runExclusive,
};
