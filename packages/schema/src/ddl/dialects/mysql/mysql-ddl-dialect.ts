import { sql } from 'kysely';
import { translateMysqlError } from '../../errors/translate-mysql-error.js';
import { createIndexStatements } from '../create-index-statements.js';
import type { DdlDialect } from '../ddl-dialect.js';
import { addForeignKeySteps, dropColumnStep, dropForeignKeySteps } from '../foreign-key-steps.js';
import { modifyMysqlColumn } from './modify-mysql-column.js';
import { isMysqlBlobType, mysqlColumnType } from './mysql-column-type.js';

/** MySQL 8 and MariaDB 10.5+: DDL commits at once, so plans run step by step with undo. */
export const mysqlDdlDialect: DdlDialect = {
  client: 'mysql',
  label: 'MySQL/MariaDB',
  runMode: 'undo',
  // A utf8mb4 varchar may hold 16383 characters in the 65535-byte row limit.
  limits: { maxVarcharLength: 16_383, maxDecimalPrecision: 65, maxDecimalScale: 30 },
  columnType: (field) => sql.raw(mysqlColumnType(field)),
  autoIncrement: (builder) => builder.autoIncrement().primaryKey(),
  finishColumn(builder, field) {
    let result = builder;
    // Older servers make a bare timestamp NOT NULL with an ON UPDATE default; say NULL outright.
    if (field.type === 'timestamp' && field.nullable) result = result.modifyEnd(sql`null`);
    if (field.comment) result = result.modifyEnd(sql`comment ${sql.lit(field.comment)}`);
    return result;
  },
  booleanLiteral: (value) => sql.raw(value ? 'true' : 'false'),
  now: sql`CURRENT_TIMESTAMP`,
  // Only datetime and timestamp columns take CURRENT_TIMESTAMP as a default there.
  nowDefaultTypes: ['dateTime', 'timestamp'],
  uuidDefault: sql`(uuid())`,
  canIndex: (field) => !isMysqlBlobType(field),
  uniqueNeedsFilteredIndex: () => false,
  commentStatements: () => [],
  createIndex: (executor, table, field, unique) => createIndexStatements(executor, table, field, unique),
  dropIndex: (executor, table, index) => [executor.schema.dropIndex(index.name).on(table)],
  modifyColumn: (target, input) => modifyMysqlColumn(mysqlDdlDialect, target, input),
  // MySQL refuses to drop a column a foreign key uses, so the keys go first (each with an undo).
  dropColumn: (target, table, column) => [
    ...table.foreignKeys
      .filter((key) => key.column === column)
      .flatMap((key) => dropForeignKeySteps(target, key, 'foreign key')),
    dropColumnStep(target, table.name, column),
  ],
  addForeignKey: (target, table, key) => addForeignKeySteps(target, table, key, 'foreign key'),
  dropForeignKey: (target, _table, key) => dropForeignKeySteps(target, key, 'foreign key'),
  translateError: translateMysqlError,
};
