import { sql } from 'kysely';
import type { DdlStep, DdlTarget } from '../../ddl-types.js';
import { toDefaultExpression } from '../../define-column.js';
import { createStep, rawStatement } from '../../steps/create-step.js';
import type { DdlDialect, ModifyColumnInput } from '../ddl-dialect.js';
import { pgColumnType } from './pg-column-type.js';

/** One `alter table ... alter column` per changed part, so an error points at what failed. */
export function modifyPgColumn(dialect: DdlDialect, target: DdlTarget, input: ModifyColumnInput): DdlStep[] {
  const { next } = input;
  const table = input.table.name;
  const at = { table, column: next.name };
  const steps: DdlStep[] = [];
  if (input.retype) {
    const type = sql.raw(pgColumnType(next));
    const column = sql.ref(next.name);
    steps.push(
      createStep(target, {
        ...at,
        description: `Change the type of ${table}.${next.name} to ${pgColumnType(next)}`,
        // `using` converts the stored values; without it PostgreSQL refuses e.g. text to integer.
        build: (ex) => [
          rawStatement(
            sql`alter table ${sql.table(table)} alter column ${column} type ${type} using ${column}::${type}`,
            ex,
          ),
        ],
      }),
    );
  }
  if (input.setDefault) {
    const preset = toDefaultExpression(dialect, next);
    steps.push(
      createStep(target, {
        ...at,
        description: `${preset === undefined ? 'Drop' : 'Set'} the default of ${table}.${next.name}`,
        build: (ex) => [
          ex.schema
            .alterTable(table)
            .alterColumn(next.name, (col) =>
              preset === undefined ? col.dropDefault() : col.setDefault(preset),
            ),
        ],
      }),
    );
  }
  if (input.setNullable) {
    steps.push(
      createStep(target, {
        ...at,
        description: `Make ${table}.${next.name} ${next.nullable ? 'nullable' : 'required (NOT NULL)'}`,
        build: (ex) => [
          ex.schema
            .alterTable(table)
            .alterColumn(next.name, (col) => (next.nullable ? col.dropNotNull() : col.setNotNull())),
        ],
      }),
    );
  }
  if (input.setComment) {
    steps.push(
      createStep(target, {
        ...at,
        description: `Set the comment of ${table}.${next.name}`,
        build: (ex) => dialect.commentStatements(ex, table, next),
      }),
    );
  }
  return steps;
}
