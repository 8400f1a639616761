import type { DatabaseIntrospector } from '../database-introspector.js';
import type { ForeignKeyRule } from '../database-schema.js';
import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex } from '../lib/catalog.js';
import { groupKeyRows } from '../lib/group-key-rows.js';
import {
  createMssqlCatalogQueries,
  type MssqlCatalogRows,
  type MssqlColumnRow,
  type MssqlForeignKeyRow,
  type MssqlIndexRow,
} from './mssql-catalog-queries.js';
import { parseMssqlDefault } from './parse-mssql-default.js';

// Untested against a live SQL Server: the rows below are shaped from SQL Server's documentation
// of the `sys` views and from tedious's type mapping (bit → boolean, int → number).

const rules = new Set<string>(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);
const toRule = (rule: string): ForeignKeyRule => {
  const spelled = rule.replaceAll('_', ' ').toUpperCase();
  return rules.has(spelled) ? (spelled as ForeignKeyRule) : 'NO ACTION';
};
const lengthTypes = new Set(['char', 'varchar', 'nchar', 'nvarchar', 'binary', 'varbinary']);
const wideTypes = new Set(['nchar', 'nvarchar']);
const decimalTypes = new Set(['decimal', 'numeric']);

/** `sys.columns.max_length` counts bytes: two per character for `n` types, -1 for `max`. */
function toMaxLength(row: MssqlColumnRow): number | null {
  if (!lengthTypes.has(row.data_type) || row.max_length < 0) return null;
  return wideTypes.has(row.data_type) ? row.max_length / 2 : row.max_length;
}

function toColumn(row: MssqlColumnRow): CatalogColumn {
  const isDecimal = decimalTypes.has(row.data_type);
  return {
    table: row.table,
    name: row.name,
    position: row.position,
    data_type: row.data_type,
    default: row.is_computed ? null : parseMssqlDefault(row.default),
    max_length: toMaxLength(row),
    numeric_precision: isDecimal ? row.numeric_precision : null,
    numeric_scale: isDecimal ? row.numeric_scale : null,
    is_nullable: row.is_nullable,
    is_generated: row.is_computed,
    generation_expression: row.is_computed ? row.generation_expression : null,
    has_auto_increment: row.is_identity,
    comment: row.comment,
  };
}

/**
 * Plinth itself writes a nullable unique column as a unique index filtered on `[col] IS NOT NULL`
 * (SQL Server's unique constraints admit a single NULL), so that filter still means "unique".
 */
function isPartial(row: MssqlIndexRow): boolean {
  if (!row.has_filter) return false;
  return !/^\(\[[^\]]+\] IS NOT NULL\)$/i.test(row.filter_definition?.trim() ?? '');
}

function toIndexes(rows: MssqlIndexRow[]): CatalogIndex[] {
  return groupKeyRows(rows).map((group) => {
    const first = group[0] as MssqlIndexRow;
    return {
      table: first.table,
      name: first.name,
      columns: group.map((row) => row.column),
      unique: first.is_unique,
      primary: first.is_primary_key,
      partial: isPartial(first),
    };
  });
}

function toForeignKeys(rows: MssqlForeignKeyRow[]): CatalogForeignKey[] {
  return groupKeyRows(rows).map((group) => {
    const first = group[0] as MssqlForeignKeyRow;
    return {
      table: first.table,
      name: first.name,
      columns: group.map((row) => row.column),
      foreign_key_schema: first.foreign_key_schema,
      foreign_key_table: first.foreign_key_table,
      foreign_key_columns: group.map((row) => row.foreign_key_column),
      on_update: toRule(first.on_update),
      on_delete: toRule(first.on_delete),
    };
  });
}

/** Converts the rows the MS SQL statements return into the portable catalog. */
export function toMssqlCatalog(rows: MssqlCatalogRows): Catalog {
  return {
    tables: rows.tables.map((table) => ({ name: table.name, schema: table.schema, comment: table.comment })),
    columns: rows.columns.map(toColumn),
    indexes: toIndexes(rows.indexes),
    foreignKeys: toForeignKeys(rows.foreignKeys),
  };
}

/** MS SQL: four `sys` catalog statements over all tables, run side by side. Untested live. */
export const mssqlIntrospector: DatabaseIntrospector = {
  async readCatalog(db, options) {
    const queries = createMssqlCatalogQueries(options.schema);
    const [tables, columns, indexes, foreignKeys] = await Promise.all([
      queries.tables.execute(db),
      queries.columns.execute(db),
      queries.indexes.execute(db),
      queries.foreignKeys.execute(db),
    ]);
    return toMssqlCatalog({
      tables: tables.rows,
      columns: columns.rows,
      indexes: indexes.rows,
      foreignKeys: foreignKeys.rows,
    });
  },
};
