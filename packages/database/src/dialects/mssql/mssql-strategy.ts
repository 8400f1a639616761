import { sql } from 'kysely';
import type { SystemColumn } from '../../system-tables/system-table-types.js';
import { describeNetworkTarget } from '../describe-network-target.js';
import type { DialectStrategy } from '../dialect-strategy.js';
import { createMssqlDialect } from './create-mssql-dialect.js';

function columnType(column: SystemColumn) {
  switch (column.type) {
    case 'uuid':
      return sql`uniqueidentifier`;
    case 'string':
      return sql.raw(`nvarchar(${column.length ?? 255})`);
    case 'text':
    case 'json':
      return sql`nvarchar(max)`;
    case 'boolean':
      return sql`bit`;
    case 'integer':
      return sql`int`;
    case 'bigint':
      return 'bigint' as const;
    case 'timestamp':
      return sql`datetime2`;
  }
}

/** Microsoft SQL Server through tedious and tarn (untested against a live server). */
export const mssqlStrategy: DialectStrategy = {
  client: 'mssql',
  label: 'MS SQL',
  createDialect: createMssqlDialect,
  describeTarget: (config) => describeNetworkTarget(config, 1433),
  connectionHint: 'Check DB_HOST/DB_PORT or DB_CONNECTION_STRING and that the server is running.',
  columnType,
  modifyColumn: (builder, column) => (column.autoIncrement ? builder.identity().primaryKey() : builder),
  booleanLiteral: (value) => sql.raw(value ? '1' : '0'),
  // A SQL Server unique constraint allows a single NULL, which would stop a second user
  // without a token, so nullable unique columns get a filtered unique index instead.
  uniqueAllowsManyNulls: false,
  async listTableNames(db) {
    const result = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = schema_name() and table_type = 'BASE TABLE'`.execute(db);
    return result.rows.map((row) => row.name);
  },
  runExclusive(db, fn) {
    return db.transaction().execute(async (trx) => {
      await sql`exec sp_getapplock @Resource = 'plinth_migrations', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000`.execute(
        trx,
      );
      return fn(trx);
    });
  },
};
