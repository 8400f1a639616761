import { sql } from 'kysely';
import type { SystemColumn } from '../../system-tables/system-table-types.js';
import { describeNetworkTarget } from '../describe-network-target.js';
import type { DialectStrategy } from '../dialect-strategy.js';
import { createPgDialect } from './create-pg-dialect.js';

function columnType(column: SystemColumn) {
  if (column.autoIncrement) return 'serial' as const;
  switch (column.type) {
    case 'string':
      return `varchar(${column.length ?? 255})` as const;
    case 'timestamp':
      return 'timestamptz' as const;
    default:
      return column.type;
  }
}

/** PostgreSQL through `pg`. */
export const pgStrategy: DialectStrategy = {
  client: 'pg',
  label: 'PostgreSQL',
  createDialect: createPgDialect,
  describeTarget: (config) => describeNetworkTarget(config, 5432),
  connectionHint: 'Check DB_HOST/DB_PORT or DB_CONNECTION_STRING and that the server is running.',
  columnType,
  modifyColumn: (builder, column) => (column.autoIncrement ? builder.primaryKey() : builder),
  booleanLiteral: (value) => sql.raw(value ? 'true' : 'false'),
  uniqueAllowsManyNulls: true,
  async listTableNames(db) {
    const result = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    return result.rows.map((row) => row.name);
  },
  runExclusive(db, fn) {
    // DDL is transactional here, so the whole run commits or nothing does; the advisory lock
    // makes a second instance wait for the first instead of racing it.
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext('plinth_migrations'))`.execute(trx);
      return fn(trx);
    });
  },
};
