import { sql } from 'kysely';
import { translatePgError } from '../../errors/translate-pg-error.js';
import { rawStatement } from '../../steps/create-step.js';
import { createIndexStatements } from '../create-index-statements.js';
import type { DdlDialect } from '../ddl-dialect.js';
import { addForeignKeySteps, dropColumnStep, dropForeignKeySteps } from '../foreign-key-steps.js';
import { modifyPgColumn } from './modify-pg-column.js';
import { pgColumnType } from './pg-column-type.js';

/** PostgreSQL: transactional DDL, `serial` keys, comments as separate statements. */
export const pgDdlDialect: DdlDialect = {
  client: 'pg',
  label: 'PostgreSQL',
  runMode: 'transaction',
  limits: { maxVarcharLength: 10_485_760, maxDecimalPrecision: 1000, maxDecimalScale: 1000 },
  columnType: (field) => sql.raw(pgColumnType(field)),
  autoIncrement: (builder) => builder.primaryKey(),
  finishColumn: (builder) => builder,
  booleanLiteral: (value) => sql.raw(value ? 'true' : 'false'),
  now: sql`CURRENT_TIMESTAMP`,
  nowDefaultTypes: ['date', 'time', 'dateTime', 'timestamp'],
  uuidDefault: sql`gen_random_uuid()`,
  // json has no btree operator class, so it cannot be indexed or unique.
  canIndex: (field) => field.type !== 'json',
  uniqueNeedsFilteredIndex: () => false,
  commentStatements(executor, table, field) {
    const text = field.comment === null ? sql`null` : sql.lit(field.comment);
    return [
      rawStatement(sql`comment on column ${sql.table(table)}.${sql.ref(field.name)} is ${text}`, executor),
    ];
  },
  createIndex: (executor, table, field, unique) => createIndexStatements(executor, table, field, unique),
  dropIndex(executor, table, index) {
    if (!index.unique) return [executor.schema.dropIndex(index.name).ifExists()];
    // A unique key may be a constraint or a bare unique index; one of these two is a no-op.
    return [
      executor.schema.alterTable(table).dropConstraint(index.name).ifExists(),
      executor.schema.dropIndex(index.name).ifExists(),
    ];
  },
  modifyColumn: (target, input) => modifyPgColumn(pgDdlDialect, target, input),
  // PostgreSQL drops the column's indexes and constraints with it.
  dropColumn: (target, table, column) => [dropColumnStep(target, table.name, column)],
  addForeignKey: (target, table, key) => addForeignKeySteps(target, table, key, 'constraint'),
  dropForeignKey: (target, _table, key) => dropForeignKeySteps(target, key, 'constraint'),
  translateError: translatePgError,
};
