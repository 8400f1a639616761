import { type Kysely, sql } from 'kysely';
import { type DdlStatement, rawStatement } from '../../steps/create-step.js';

/**
 * MS SQL keeps a column default as a constraint with a generated name, which must be dropped
 * before the column's default or the column itself can change; the name is looked up at run time.
 */
export function dropMssqlDefault(executor: Kysely<any>, table: string, column: string): DdlStatement {
  return rawStatement(
    sql`declare @name sysname = (select d.name from sys.default_constraints d join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id where d.parent_object_id = object_id(${sql.lit(table)}) and c.name = ${sql.lit(column)}); if @name is not null exec('alter table ' + ${sql.lit(`[${table}]`)} + ' drop constraint [' + @name + ']')`,
    executor,
  );
}
