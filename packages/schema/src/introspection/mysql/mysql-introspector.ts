import type { DatabaseIntrospector } from '../database-introspector.js';
import type { ForeignKeyRule } from '../database-schema.js';
import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex } from '../lib/catalog.js';
import { groupKeyRows } from '../lib/group-key-rows.js';
import {
  createMysqlCatalogQueries,
  type MysqlCatalogRows,
  type MysqlColumnRow,
  type MysqlForeignKeyRow,
  type MysqlIndexRow,
} from './mysql-catalog-queries.js';
import { parseMysqlDefault } from './parse-mysql-default.js';

const rules = new Set<string>(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);
const toRule = (rule: string): ForeignKeyRule =>
  rules.has(rule.toUpperCase()) ? (rule.toUpperCase() as ForeignKeyRule) : 'NO ACTION';
const lengthTypes = new Set(['char', 'varchar', 'binary', 'varbinary']);
const decimalTypes = new Set(['decimal', 'numeric']);

const toNumber = (value: number | string | null): number | null => (value === null ? null : Number(value));
const toText = (value: string | null): string | null => (value === null || value === '' ? null : value);

function readField(row: Record<string, unknown>, name: string): string {
  const value = row[name] ?? row[name.toLowerCase()];
  return typeof value === 'string' ? value : '';
}

/** `table\0column` of each MariaDB `json` column: a `longtext` with a `json_valid(col)` check. */
function findJsonColumns(checks: readonly Record<string, unknown>[]): Set<string> {
  const columns = new Set<string>();
  for (const check of checks) {
    const match = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(readField(check, 'CHECK_CLAUSE').trim());
    if (match)
      columns.add(`${readField(check, 'TABLE_NAME')}\u0000${(match[1] ?? '').replaceAll('``', '`')}`);
  }
  return columns;
}

/** Display width 1 is MySQL's boolean (`tinyint(1)`, `bit(1)`); it is reported as precision 1. */
function toPrecision(row: MysqlColumnRow): number | null {
  if (/^tinyint\(1\)/i.test(row.column_type)) return 1;
  if (row.data_type === 'bit') return toNumber(row.numeric_precision);
  return decimalTypes.has(row.data_type) ? toNumber(row.numeric_precision) : null;
}

function toColumn(row: MysqlColumnRow, jsonColumns: Set<string>, isMariaDb: boolean): CatalogColumn {
  const isJson = jsonColumns.has(`${row.table}\u0000${row.name}`);
  const isGenerated = /(virtual|stored|persistent) generated/i.test(row.extra);
  return {
    table: row.table,
    name: row.name,
    position: Number(row.position),
    data_type: isJson ? 'json' : row.data_type,
    default: isGenerated ? null : parseMysqlDefault(row.default, row.extra, isMariaDb),
    max_length: lengthTypes.has(row.data_type) ? toNumber(row.max_length) : null,
    numeric_precision: toPrecision(row),
    numeric_scale: decimalTypes.has(row.data_type) ? toNumber(row.numeric_scale) : null,
    is_nullable: row.is_nullable === 'YES',
    is_generated: isGenerated,
    generation_expression: isGenerated ? toText(row.generation_expression) : null,
    has_auto_increment: /auto_increment/i.test(row.extra),
    comment: toText(row.comment),
  };
}

function toIndexes(rows: MysqlIndexRow[]): CatalogIndex[] {
  return groupKeyRows(rows)
    .filter((group) => group.every((row) => row.column !== null))
    .map((group) => {
      const first = group[0] as MysqlIndexRow;
      return {
        table: first.table,
        name: first.name,
        columns: group.map((row) => row.column as string),
        unique: Number(first.non_unique) === 0,
        primary: first.name === 'PRIMARY',
        partial: false,
      };
    });
}

function toForeignKeys(rows: MysqlForeignKeyRow[]): CatalogForeignKey[] {
  return groupKeyRows(rows).map((group) => {
    const first = group[0] as MysqlForeignKeyRow;
    return {
      table: first.table,
      name: first.name,
      columns: group.map((row) => row.column),
      // Like a table's `schema`, null unless the target lives in another database.
      foreign_key_schema: first.foreign_key_schema === first.table_schema ? null : first.foreign_key_schema,
      foreign_key_table: first.foreign_key_table,
      foreign_key_columns: group.map((row) => row.foreign_key_column),
      on_update: toRule(first.on_update),
      on_delete: toRule(first.on_delete),
    };
  });
}

/** Converts the rows the MySQL/MariaDB statements return into the portable catalog. */
export function toMysqlCatalog(rows: MysqlCatalogRows): Catalog {
  const isMariaDb = rows.tables.some((table) => /mariadb/i.test(table.version));
  const jsonColumns = findJsonColumns(rows.checks);
  return {
    tables: rows.tables.map((table) => ({ name: table.name, schema: null, comment: toText(table.comment) })),
    columns: rows.columns.map((row) => toColumn(row, jsonColumns, isMariaDb)),
    indexes: toIndexes(rows.indexes),
    foreignKeys: toForeignKeys(rows.foreignKeys),
  };
}

/** MySQL and MariaDB: five `information_schema` statements over all tables, run side by side. */
export const mysqlIntrospector: DatabaseIntrospector = {
  async readCatalog(db, options) {
    const queries = createMysqlCatalogQueries(options.schema);
    const [tables, columns, indexes, foreignKeys, checks] = await Promise.all([
      queries.tables.execute(db),
      queries.columns.execute(db),
      queries.indexes.execute(db),
      queries.foreignKeys.execute(db),
      queries.checks.execute(db),
    ]);
    return toMysqlCatalog({
      tables: tables.rows,
      columns: columns.rows,
      indexes: indexes.rows,
      foreignKeys: foreignKeys.rows,
      checks: checks.rows,
    });
  },
};
