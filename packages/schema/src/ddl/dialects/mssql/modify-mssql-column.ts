import { sql } from 'kysely';
import { toDeclaredType } from '../../alter/to-declared-type.js';
import type { DdlStep, DdlTarget } from '../../ddl-types.js';
import { toDefaultExpression } from '../../define-column.js';
import { createStep, rawStatement } from '../../steps/create-step.js';
import { toConstraintName } from '../../to-constraint-name.js';
import type { DdlDialect, ModifyColumnInput } from '../ddl-dialect.js';
import { dropMssqlDefault } from './drop-mssql-default.js';
import { mssqlColumnType } from './mssql-column-type.js';

/**
 * `alter column` restates type and nullability together (leaving either out resets it); the
 * default is a separate named constraint, dropped and added again.
 */
export function modifyMssqlColumn(
  dialect: DdlDialect,
  target: DdlTarget,
  input: ModifyColumnInput,
): DdlStep[] {
  const { next, current } = input;
  const table = input.table.name;
  const at = { table, column: next.name };
  const steps: DdlStep[] = [];
  if (input.retype || input.setNullable) {
    const type = input.retype ? mssqlColumnType(next) : toDeclaredType(current);
    const nullability = sql.raw(next.nullable ? 'null' : 'not null');
    steps.push(
      createStep(target, {
        ...at,
        description: `Redefine ${table}.${next.name} as ${type} ${next.nullable ? 'null' : 'not null'}`,
        build: (ex) => [
          rawStatement(
            sql`alter table ${sql.table(table)} alter column ${sql.ref(next.name)} ${sql.raw(type)} ${nullability}`,
            ex,
          ),
        ],
      }),
    );
  }
  if (input.setDefault) {
    const preset = toDefaultExpression(dialect, next);
    const name = toConstraintName(table, [next.name], 'default');
    steps.push(
      createStep(target, {
        ...at,
        description: `${preset === undefined ? 'Drop' : 'Set'} the default of ${table}.${next.name}`,
        build: (ex) => [
          dropMssqlDefault(ex, table, next.name),
          ...(preset === undefined
            ? []
            : [
                rawStatement(
                  sql`alter table ${sql.table(table)} add constraint ${sql.id(name)} default ${typeof preset === 'object' ? preset : sql.lit(preset)} for ${sql.ref(next.name)}`,
                  ex,
                ),
              ]),
        ],
      }),
    );
  }
  return steps;
}
