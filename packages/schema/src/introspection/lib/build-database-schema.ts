import type { DatabaseClient } from '@plinth/types';
import type { ColumnSchema, DatabaseSchema, IndexSchema, TableSchema } from '../database-schema.js';
import { toFieldType } from '../to-field-type.js';
import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex } from './catalog.js';
import { toDefaultValue } from './to-default-value.js';

function groupByTable<T extends { table: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.table);
    if (group) group.push(row);
    else groups.set(row.table, [row]);
  }
  return groups;
}

function toColumnSchema(
  column: CatalogColumn,
  indexes: readonly CatalogIndex[],
  foreignKeys: readonly CatalogForeignKey[],
  client: DatabaseClient,
): ColumnSchema {
  const covers = (index: CatalogIndex) => index.columns.length === 1 && index.columns[0] === column.name;
  const foreignKey = foreignKeys.find((key) => key.columns.length === 1 && key.columns[0] === column.name);
  const schema: ColumnSchema = {
    name: column.name,
    table: column.table,
    data_type: column.data_type,
    default_value: null,
    max_length: column.max_length,
    numeric_precision: column.numeric_precision,
    numeric_scale: column.numeric_scale,
    is_generated: column.is_generated,
    generation_expression: column.generation_expression,
    is_nullable: column.is_nullable,
    is_unique: indexes.some((index) => index.unique && !index.partial && covers(index)),
    is_indexed: indexes.some((index) => index.columns[0] === column.name),
    is_primary_key: indexes.some((index) => index.primary && index.columns.includes(column.name)),
    has_auto_increment: column.has_auto_increment,
    foreign_key_schema: foreignKey?.foreign_key_schema ?? null,
    foreign_key_table: foreignKey?.foreign_key_table ?? null,
    foreign_key_column: foreignKey?.foreign_key_columns[0] ?? null,
    comment: column.comment,
  };
  // The default's JS type follows the field type (`0` is `false` on a boolean), so it comes last.
  schema.default_value = column.has_auto_increment
    ? null
    : toDefaultValue(column.default, toFieldType(schema, client));
  return schema;
}

function toIndexSchema(index: CatalogIndex): IndexSchema {
  return { name: index.name, columns: [...index.columns], unique: index.unique, primary: index.primary };
}

function toCompositeUniques(indexes: readonly CatalogIndex[]): string[][] {
  const seen = new Set<string>();
  const uniques: string[][] = [];
  for (const index of indexes) {
    if (!index.unique || index.primary || index.partial || index.columns.length < 2) continue;
    const key = JSON.stringify(index.columns);
    if (seen.has(key)) continue;
    seen.add(key);
    uniques.push([...index.columns]);
  }
  return uniques;
}

function toTableSchema(
  table: Catalog['tables'][number],
  catalog: { columns: CatalogColumn[]; indexes: CatalogIndex[]; foreignKeys: CatalogForeignKey[] },
  client: DatabaseClient,
): TableSchema {
  const columns = [...catalog.columns].sort((a, b) => a.position - b.position);
  const position = new Map(columns.map((column, index) => [column.name, index]));
  const byFirstColumn = (a: CatalogForeignKey, b: CatalogForeignKey) =>
    (position.get(a.columns[0] ?? '') ?? 0) - (position.get(b.columns[0] ?? '') ?? 0);
  const foreignKeys = [...catalog.foreignKeys].sort(byFirstColumn);
  const single = foreignKeys.filter((key) => key.columns.length === 1);
  const composite = foreignKeys.filter((key) => key.columns.length > 1);
  // Catalogs return indexes in no promised order: primary key first, then by name, for stable output.
  const indexes = [...catalog.indexes].sort(
    (a, b) => Number(b.primary) - Number(a.primary) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return {
    name: table.name,
    schema: table.schema,
    comment: table.comment,
    primaryKey: [...(indexes.find((index) => index.primary)?.columns ?? [])],
    columns: Object.fromEntries(
      columns.map((column) => [column.name, toColumnSchema(column, indexes, single, client)]),
    ),
    indexes: indexes.map(toIndexSchema),
    compositeUniques: toCompositeUniques(indexes),
    foreignKeys: single.map((key) => ({
      table: key.table,
      column: key.columns[0] ?? '',
      foreign_key_schema: key.foreign_key_schema,
      foreign_key_table: key.foreign_key_table,
      foreign_key_column: key.foreign_key_columns[0] ?? '',
      constraint_name: key.name,
      on_update: key.on_update,
      on_delete: key.on_delete,
    })),
    compositeForeignKeys: composite.map((key) => ({
      name: key.name,
      columns: [...key.columns],
      foreign_key_schema: key.foreign_key_schema,
      foreign_key_table: key.foreign_key_table,
      foreign_key_columns: [...key.foreign_key_columns],
      on_update: key.on_update,
      on_delete: key.on_delete,
    })),
  };
}

/**
 * Assembles what an introspector read into the {@link DatabaseSchema}: columns in table order
 * with their keys, uniqueness and indexes worked out, defaults turned into JS values, and foreign
 * keys split into single-column ones (relations) and composite ones (kept as they are).
 */
export function buildDatabaseSchema(
  catalog: Catalog,
  client: DatabaseClient,
  excludeTables: readonly string[] = [],
): DatabaseSchema {
  const excluded = new Set(excludeTables);
  const columns = groupByTable(catalog.columns);
  const indexes = groupByTable(catalog.indexes);
  const foreignKeys = groupByTable(catalog.foreignKeys);
  const tables: Record<string, TableSchema> = {};
  const names = catalog.tables.map((table) => table.name).filter((name) => !excluded.has(name));
  const byName = new Map(catalog.tables.map((table) => [table.name, table]));
  for (const name of names.sort()) {
    const table = byName.get(name);
    if (!table) continue;
    tables[name] = toTableSchema(
      table,
      {
        columns: columns.get(name) ?? [],
        indexes: indexes.get(name) ?? [],
        foreignKeys: foreignKeys.get(name) ?? [],
      },
      client,
    );
  }
  return { client, tables };
}
