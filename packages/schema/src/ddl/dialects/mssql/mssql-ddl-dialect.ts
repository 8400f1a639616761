import { sql } from 'kysely';
import { translateMssqlError } from '../../errors/translate-mssql-error.js';
import { createStep, rawStatement } from '../../steps/create-step.js';
import { createIndexStatements } from '../create-index-statements.js';
import type { DdlDialect } from '../ddl-dialect.js';
import { addForeignKeySteps, dropColumnStep, dropForeignKeySteps } from '../foreign-key-steps.js';
import { dropMssqlDefault } from './drop-mssql-default.js';
import { modifyMssqlColumn } from './modify-mssql-column.js';
import { mssqlColumnType } from './mssql-column-type.js';

const unindexable = new Set(['nvarchar(max)', 'varbinary(max)']);

/** Microsoft SQL Server: transactional DDL; compiled and snapshotted, not run against a live server. */
export const mssqlDdlDialect: DdlDialect = {
  client: 'mssql',
  label: 'MS SQL',
  runMode: 'transaction',
  limits: { maxVarcharLength: 4000, maxDecimalPrecision: 38, maxDecimalScale: 38 },
  columnType: (field) => sql.raw(mssqlColumnType(field)),
  autoIncrement: (builder) => builder.identity().primaryKey(),
  finishColumn: (builder) => builder,
  booleanLiteral: (value) => sql.raw(value ? '1' : '0'),
  now: sql`CURRENT_TIMESTAMP`,
  nowDefaultTypes: ['date', 'time', 'dateTime', 'timestamp'],
  uuidDefault: sql`newid()`,
  canIndex: (field) => !unindexable.has(mssqlColumnType(field)),
  // A unique constraint allows a single NULL there, so nullable unique columns get a filtered index.
  uniqueNeedsFilteredIndex: (field) => field.nullable,
  // Column comments are extended properties there; not written.
  commentStatements: () => [],
  createIndex: (executor, table, field, unique) =>
    createIndexStatements(executor, table, field, unique, unique && field.nullable),
  dropIndex(executor, table, index) {
    if (!index.unique) return [executor.schema.dropIndex(index.name).on(table)];
    // A unique key is either a constraint or a (filtered) unique index.
    return [
      rawStatement(
        sql`if object_id(${sql.lit(index.name)}, 'UQ') is not null alter table ${sql.table(table)} drop constraint ${sql.id(index.name)} else drop index ${sql.id(index.name)} on ${sql.table(table)}`,
        executor,
      ),
    ];
  },
  modifyColumn: (target, input) => modifyMssqlColumn(mssqlDdlDialect, target, input),
  dropColumn(target, table, column) {
    const keys = table.foreignKeys.filter((key) => key.column === column);
    const indexes = table.indexes.filter((index) => !index.primary && index.columns.includes(column));
    return [
      ...keys.flatMap((key) => dropForeignKeySteps(target, key, 'constraint')),
      ...indexes.map((index) =>
        createStep(target, {
          table: table.name,
          column,
          description: `Drop index ${index.name} on ${table.name}`,
          build: (ex) => mssqlDdlDialect.dropIndex(ex, table.name, index),
        }),
      ),
      createStep(target, {
        table: table.name,
        column,
        description: `Drop the default constraint of ${table.name}.${column}`,
        build: (ex) => [dropMssqlDefault(ex, table.name, column)],
      }),
      dropColumnStep(target, table.name, column),
    ];
  },
  addForeignKey: (target, table, key) => addForeignKeySteps(target, table, key, 'constraint'),
  dropForeignKey: (target, _table, key) => dropForeignKeySteps(target, key, 'constraint'),
  translateError: translateMssqlError,
};
