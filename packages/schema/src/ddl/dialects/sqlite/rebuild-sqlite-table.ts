import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { ColumnSchema, ForeignKeySchema, TableSchema } from '../../../introspection/database-schema.js';
import { toDeclaredType } from '../../alter/to-declared-type.js';
import type { DdlStep, DdlTarget } from '../../ddl-types.js';
import { defineColumn } from '../../define-column.js';
import type { ResolvedField } from '../../resolve-field.js';
import { createStep } from '../../steps/create-step.js';
import { toConstraintName } from '../../to-constraint-name.js';
import type { DdlDialect } from '../ddl-dialect.js';
import { sqliteColumnType } from './sqlite-column-type.js';

/** What a rebuild changes; everything else is restated from the introspected table. */
export interface SqliteRebuildChanges {
  /** A column redefined; its current type is kept unless `retype`. */
  replace?: { field: ResolvedField; retype: boolean };
  /** A column left out of the new table. */
  drop?: string;
  /** A column appended to the new table. */
  add?: ResolvedField;
  /** The single-column foreign keys of the new table. @default the table's, less the dropped column's */
  foreignKeys?: ForeignKeySchema[];
}

interface RebuiltColumn {
  name: string;
  type: string;
  define: (builder: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

const expressionDefault = /^(current_timestamp|current_date|current_time|\(.*\))$/i;

function restateColumn(column: ColumnSchema, autoIncrement: boolean): RebuiltColumn {
  return {
    name: column.name,
    type: autoIncrement ? 'integer' : toDeclaredType(column),
    define(builder) {
      if (autoIncrement) return builder.primaryKey().autoIncrement();
      let result = builder;
      const preset = column.default_value;
      if (typeof preset === 'string' && expressionDefault.test(preset))
        result = result.defaultTo(sql.raw(preset));
      else if (typeof preset === 'string' || typeof preset === 'number') result = result.defaultTo(preset);
      else if (typeof preset === 'boolean') result = result.defaultTo(sql.raw(preset ? '1' : '0'));
      return column.is_nullable ? result : result.notNull();
    },
  };
}

function toColumns(dialect: DdlDialect, table: TableSchema, changes: SqliteRebuildChanges): RebuiltColumn[] {
  const autoKey = table.primaryKey.length === 1 ? table.columns[table.primaryKey[0]!] : undefined;
  const columns: RebuiltColumn[] = [];
  for (const column of Object.values(table.columns)) {
    if (column.name === changes.drop) continue;
    const auto = autoKey?.name === column.name && column.has_auto_increment;
    const replace = changes.replace;
    if (replace?.field.name !== column.name || auto) {
      columns.push(restateColumn(column, auto));
      continue;
    }
    columns.push({
      name: column.name,
      type: replace.retype ? sqliteColumnType(replace.field) : toDeclaredType(column),
      define: (builder) => defineColumn(builder, { ...replace.field, primaryKey: false }, dialect),
    });
  }
  const added = changes.add;
  if (added) {
    columns.push({
      name: added.name,
      type: sqliteColumnType(added),
      define: (builder) => defineColumn(builder, added, dialect),
    });
  }
  return columns;
}

function hasAutoKey(table: TableSchema): boolean {
  return table.primaryKey.length === 1 && table.columns[table.primaryKey[0]!]?.has_auto_increment === true;
}

function buildCreate(
  dialect: DdlDialect,
  executor: Kysely<any>,
  name: string,
  table: TableSchema,
  changes: SqliteRebuildChanges,
) {
  let create = executor.schema.createTable(name) as unknown as CreateTableBuilder<string, string>;
  for (const column of toColumns(dialect, table, changes)) {
    create = create.addColumn(column.name, sql.raw(column.type), column.define);
  }
  if (table.primaryKey.length > 0 && !hasAutoKey(table)) {
    create = create.addPrimaryKeyConstraint(toConstraintName(table.name, [], 'pkey'), table.primaryKey);
  }
  const dropped = changes.drop;
  const foreignKeys = changes.foreignKeys ?? table.foreignKeys.filter((key) => key.column !== dropped);
  for (const key of foreignKeys) {
    create = create.addForeignKeyConstraint(
      key.constraint_name ?? toConstraintName(table.name, [key.column], 'foreign'),
      [key.column],
      key.foreign_key_table,
      [key.foreign_key_column],
      (fk) =>
        fk
          .onDelete(key.on_delete.toLowerCase() as 'cascade')
          .onUpdate(key.on_update.toLowerCase() as 'cascade'),
    );
  }
  for (const key of table.compositeForeignKeys) {
    if (dropped !== undefined && key.columns.includes(dropped)) continue;
    create = create.addForeignKeyConstraint(
      key.name ?? toConstraintName(table.name, key.columns, 'foreign'),
      key.columns,
      key.foreign_key_table,
      key.foreign_key_columns,
    );
  }
  return create;
}

/**
 * SQLite's table rebuild, for the changes `alter table` cannot make there (a column's type,
 * default or nullability, a foreign key): create the new table, copy the rows, drop the old one,
 * rename the new one, recreate the indexes. The runner keeps foreign keys off around it and checks
 * them before committing, as SQLite's documentation prescribes.
 */
export function rebuildSqliteTable(
  dialect: DdlDialect,
  target: DdlTarget,
  table: TableSchema,
  changes: SqliteRebuildChanges,
): DdlStep[] {
  const temporary = `plinth_rebuild_${table.name}`;
  const copied = Object.keys(table.columns).filter((name) => name !== changes.drop);
  const at = { table: table.name, ...(changes.replace ? { column: changes.replace.field.name } : {}) };
  const indexes = table.indexes.filter(
    (index) => !index.primary && (changes.drop === undefined || !index.columns.includes(changes.drop)),
  );
  return [
    createStep(target, {
      ...at,
      description: `Create ${temporary} with the new definition of ${table.name}`,
      build: (ex) => [buildCreate(dialect, ex, temporary, table, changes)],
    }),
    createStep(target, {
      ...at,
      description: `Copy the rows of ${table.name} into ${temporary}`,
      build: (ex) => [
        ex.insertInto(temporary).columns(copied).expression(ex.selectFrom(table.name).select(copied)),
      ],
    }),
    createStep(target, {
      ...at,
      description: `Drop the old ${table.name} and rename ${temporary} to it`,
      build: (ex) => [ex.schema.dropTable(table.name), ex.schema.alterTable(temporary).renameTo(table.name)],
    }),
    ...indexes.map((index) =>
      createStep(target, {
        ...at,
        description: `Recreate index ${index.name} on ${table.name}`,
        build: (ex) => {
          // SQLite reserves `sqlite_` names, which its inline unique constraints get.
          const name = index.name.startsWith('sqlite_')
            ? toConstraintName(table.name, index.columns, index.unique ? 'unique' : 'index')
            : index.name;
          const builder = ex.schema.createIndex(name).on(table.name).columns(index.columns);
          return [index.unique ? builder.unique() : builder];
        },
      }),
    ),
  ];
}
