import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { DialectStrategy } from '../dialects/dialect-strategy.js';
import type { SystemColumn, SystemTable } from '../system-tables/system-table-types.js';

/** A statement that can be compiled (for snapshots) or executed (for real). */
export interface DdlStatement {
  compile(): { sql: string };
  execute(): Promise<unknown>;
}

function defineColumn(
  builder: ColumnDefinitionBuilder,
  column: SystemColumn,
  strategy: DialectStrategy,
): ColumnDefinitionBuilder {
  let result = builder;
  if (!column.nullable && !column.autoIncrement) result = result.notNull();
  const preset = column.default;
  if (preset?.kind === 'now') result = result.defaultTo(sql`CURRENT_TIMESTAMP`);
  if (preset?.kind === 'null') result = result.defaultTo(sql`null`);
  if (preset?.kind === 'value') {
    result = result.defaultTo(
      typeof preset.value === 'boolean' ? strategy.booleanLiteral(preset.value) : preset.value,
    );
  }
  return strategy.modifyColumn(result, column);
}

function isFilteredUnique(table: SystemTable, columns: string[], strategy: DialectStrategy): boolean {
  if (strategy.uniqueAllowsManyNulls) return false;
  return columns.some((name) => table.columns.find((column) => column.name === name)?.nullable);
}

/**
 * The statements that create one system table on the given dialect: `create table` with its
 * primary key, unique and foreign-key constraints inline (SQLite cannot add them later), then
 * its indexes.
 */
export function buildTableStatements(
  db: Kysely<any>,
  table: SystemTable,
  strategy: DialectStrategy,
): DdlStatement[] {
  // Kysely<any> cannot track column names through a loop, so widen them to plain strings.
  let create = db.schema.createTable(table.name) as unknown as CreateTableBuilder<string, string>;
  for (const column of table.columns) {
    create = create.addColumn(column.name, strategy.columnType(column), (builder) =>
      defineColumn(builder, column, strategy),
    );
  }
  const primary = table.columns.filter((column) => column.primary && !column.autoIncrement);
  if (primary.length > 0) {
    create = create.addPrimaryKeyConstraint(
      `${table.name}_pkey`,
      primary.map((column) => column.name),
    );
  }
  const uniques = [
    ...table.columns.filter((column) => column.unique).map((column) => [column.name]),
    ...(table.uniques ?? []),
  ];
  const indexes: DdlStatement[] = [];
  for (const columns of uniques) {
    const name = `${table.name}_${columns.join('_')}_unique`;
    if (!isFilteredUnique(table, columns, strategy)) {
      create = create.addUniqueConstraint(name, columns);
      continue;
    }
    let index = db.schema.createIndex(name).on(table.name).columns(columns).unique();
    for (const column of columns) index = index.where(sql.ref(column), 'is not', null);
    indexes.push(index);
  }
  for (const column of table.columns) {
    const target = column.references;
    if (!target) continue;
    create = create.addForeignKeyConstraint(
      `${table.name}_${column.name}_foreign`,
      [column.name],
      target.table,
      [target.column],
      (builder) => (target.onDelete ? builder.onDelete(target.onDelete) : builder),
    );
  }
  for (const index of table.indexes ?? []) {
    indexes.push(db.schema.createIndex(index.name).on(table.name).columns(index.columns));
  }
  return [create, ...indexes];
}
