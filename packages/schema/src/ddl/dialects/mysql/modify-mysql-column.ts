import { type ColumnDefinitionBuilder, sql } from 'kysely';
import type { ColumnSchema } from '../../../introspection/database-schema.js';
import { toDeclaredType } from '../../alter/to-declared-type.js';
import type { DdlStep, DdlTarget } from '../../ddl-types.js';
import { defineColumn } from '../../define-column.js';
import { createStep } from '../../steps/create-step.js';
import type { DdlDialect, ModifyColumnInput } from '../ddl-dialect.js';
import { mysqlColumnType } from './mysql-column-type.js';

const expressionDefault = /^(current_timestamp(\(\d*\))?|now\(\)|uuid\(\)|\(.*\))$/i;

/** Restates a column exactly as introspection describes it: what the undo of a `modify` sends. */
function restateColumn(builder: ColumnDefinitionBuilder, column: ColumnSchema): ColumnDefinitionBuilder {
  let result = builder;
  if (column.has_auto_increment) result = result.autoIncrement();
  const preset = column.default_value;
  if (typeof preset === 'string' && expressionDefault.test(preset))
    result = result.defaultTo(sql.raw(preset));
  else if (typeof preset === 'string' || typeof preset === 'number') result = result.defaultTo(preset);
  else if (typeof preset === 'boolean') result = result.defaultTo(sql.raw(preset ? 'true' : 'false'));
  result = result.modifyEnd(column.is_nullable ? sql`null` : sql`not null`);
  if (column.comment) result = result.modifyEnd(sql`comment ${sql.lit(column.comment)}`);
  return result;
}

/**
 * MySQL restates the whole column in one `modify column`; the undo restates the column as it was,
 * so a later failing step can put it back (MySQL commits DDL at once).
 */
export function modifyMysqlColumn(
  dialect: DdlDialect,
  target: DdlTarget,
  input: ModifyColumnInput,
): DdlStep[] {
  const { next, current } = input;
  const table = input.table.name;
  const at = { table, column: next.name };
  const type = input.retype ? mysqlColumnType(next) : toDeclaredType(current);
  const keep = { ...next, autoIncrement: current.has_auto_increment, primaryKey: false };
  const undo = createStep(target, {
    ...at,
    description: `Restore ${table}.${next.name} as ${toDeclaredType(current)}`,
    build: (ex) => [
      ex.schema
        .alterTable(table)
        .modifyColumn(current.name, sql.raw(toDeclaredType(current)), (col) => restateColumn(col, current)),
    ],
  });
  const step = createStep(target, {
    ...at,
    description: `Redefine ${table}.${next.name} as ${type}${next.nullable ? '' : ' not null'}`,
    build: (ex) => [
      ex.schema.alterTable(table).modifyColumn(next.name, sql.raw(type), (col) => {
        // An auto-increment key keeps its `auto_increment`; the key itself is not restated.
        const defined = keep.autoIncrement ? col.autoIncrement() : defineColumn(col, keep, dialect);
        return keep.autoIncrement ? dialect.finishColumn(defined, keep) : defined;
      }),
    ],
    undo,
  });
  return [step];
}
