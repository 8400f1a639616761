import { sql } from 'kysely';
import type { SystemColumn } from '../../system-tables/system-table-types.js';
import { describeNetworkTarget } from '../describe-network-target.js';
import type { DialectStrategy } from '../dialect-strategy.js';
import { createMysqlDialect } from './create-mysql-dialect.js';

const lockName = 'plinth_migrations';
const lockTimeoutSeconds = 60;

function columnType(column: SystemColumn) {
  switch (column.type) {
    case 'uuid':
      return 'char(36)' as const;
    case 'string':
      return `varchar(${column.length ?? 255})` as const;
    default:
      return column.type;
  }
}

/** MySQL 8 and MariaDB 10.5+ through `mysql2`. */
export const mysqlStrategy: DialectStrategy = {
  client: 'mysql',
  label: 'MySQL/MariaDB',
  createDialect: createMysqlDialect,
  describeTarget: (config) => describeNetworkTarget(config, 3306),
  connectionHint: 'Check DB_HOST/DB_PORT or DB_CONNECTION_STRING and that the server is running.',
  columnType,
  modifyColumn(builder, column) {
    let result = column.unsigned ? builder.unsigned() : builder;
    if (column.autoIncrement) result = result.autoIncrement().primaryKey();
    // Older servers make a bare `timestamp` column NOT NULL with an ON UPDATE default; saying
    // NULL explicitly keeps optional timestamps optional everywhere.
    if (column.type === 'timestamp' && column.nullable) result = result.modifyEnd(sql`null`);
    return result;
  },
  booleanLiteral: (value) => sql.raw(value ? 'true' : 'false'),
  uniqueAllowsManyNulls: true,
  async listTableNames(db) {
    const result = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = database() and table_type = 'BASE TABLE'`.execute(db);
    return result.rows.map((row) => row.name);
  },
  runExclusive(db, fn) {
    // MySQL commits DDL implicitly, so a transaction would promise a rollback it cannot keep.
    // A named lock on one connection keeps two instances from migrating at once instead.
    return db.connection().execute(async (connection) => {
      const result = await sql<{ locked: number | null }>`
        select get_lock(${lockName}, ${lockTimeoutSeconds}) as locked`.execute(connection);
      if (Number(result.rows[0]?.locked) !== 1) {
        throw new Error(`Timed out after ${lockTimeoutSeconds}s waiting for the migration lock.`);
      }
      try {
        return await fn(connection);
      } finally {
        await sql`select release_lock(${lockName})`.execute(connection);
      }
    });
  },
};
