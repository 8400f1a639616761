import { sql } from 'kysely';
import { translateSqliteError } from '../../errors/translate-sqlite-error.js';
import { createStep } from '../../steps/create-step.js';
import { createIndexStatements } from '../create-index-statements.js';
import type { DdlDialect } from '../ddl-dialect.js';
import { dropColumnStep } from '../foreign-key-steps.js';
import { rebuildSqliteTable } from './rebuild-sqlite-table.js';
import { sqliteColumnType } from './sqlite-column-type.js';

/** SQLite: transactional DDL, but most column changes need the table rebuilt. */
export const sqliteDdlDialect: DdlDialect = {
  client: 'sqlite',
  label: 'SQLite',
  runMode: 'sqlite',
  limits: { maxVarcharLength: 1_000_000_000, maxDecimalPrecision: 1000, maxDecimalScale: 1000 },
  columnType: (field) => sql.raw(sqliteColumnType(field)),
  autoIncrement: (builder) => builder.primaryKey().autoIncrement(),
  finishColumn: (builder) => builder,
  booleanLiteral: (value) => sql.raw(value ? '1' : '0'),
  now: sql`CURRENT_TIMESTAMP`,
  nowDefaultTypes: ['date', 'time', 'dateTime', 'timestamp'],
  uuidDefault: null,
  canIndex: () => true,
  uniqueNeedsFilteredIndex: () => false,
  // SQLite keeps no column comments.
  commentStatements: () => [],
  createIndex: (executor, table, field, unique) => createIndexStatements(executor, table, field, unique),
  dropIndex: (executor, _table, index) => [executor.schema.dropIndex(index.name)],
  modifyColumn(target, input) {
    if (!input.retype && !input.setDefault && !input.setNullable) return [];
    return rebuildSqliteTable(sqliteDdlDialect, target, input.table, {
      replace: { field: input.next, retype: input.retype },
    });
  },
  dropColumn(target, table, column) {
    // `drop column` refuses a column in a key or a unique constraint; rebuild the table for those.
    const inConstraint =
      table.foreignKeys.some((key) => key.column === column) ||
      table.compositeForeignKeys.some((key) => key.columns.includes(column)) ||
      table.indexes.some((index) => index.columns.includes(column) && index.name.startsWith('sqlite_'));
    if (inConstraint) return rebuildSqliteTable(sqliteDdlDialect, target, table, { drop: column });
    const indexes = table.indexes.filter((index) => !index.primary && index.columns.includes(column));
    return [
      ...indexes.map((index) =>
        createStep(target, {
          table: table.name,
          column,
          description: `Drop index ${index.name} on ${table.name}`,
          build: (ex) => [ex.schema.dropIndex(index.name)],
        }),
      ),
      dropColumnStep(target, table.name, column),
    ];
  },
  addForeignKey: (target, table, key) =>
    rebuildSqliteTable(sqliteDdlDialect, target, table, {
      foreignKeys: [...table.foreignKeys.filter((other) => other.column !== key.column), key],
    }),
  dropForeignKey: (target, table, key) =>
    rebuildSqliteTable(sqliteDdlDialect, target, table, {
      foreignKeys: table.foreignKeys.filter((other) => other.column !== key.column),
    }),
  translateError: translateSqliteError,
};
