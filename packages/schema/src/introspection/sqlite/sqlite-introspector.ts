import type { DatabaseIntrospector } from '../database-introspector.js';
import type { ForeignKeyRule } from '../database-schema.js';
import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex } from '../lib/catalog.js';
import { isWithoutRowid, readGeneratedExpressions } from './parse-create-table.js';
import { parseDeclaredType } from './parse-declared-type.js';
import { parseSqliteDefault } from './parse-sqlite-default.js';
import {
  createSqliteCatalogQuery,
  type SqliteCatalogRow,
  type SqliteColumnRow,
  type SqliteForeignKeyRow,
  type SqliteIndexRow,
  type SqliteTableRow,
} from './sqlite-catalog-query.js';

const rules = new Set<string>(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);
const toRule = (rule: string): ForeignKeyRule =>
  rules.has(rule.toUpperCase()) ? (rule.toUpperCase() as ForeignKeyRule) : 'NO ACTION';

/** Primary key columns of each table, in key order (`pk` is the 1-based position in the key). */
function readPrimaryKeys(columns: readonly SqliteColumnRow[]): Map<string, string[]> {
  const keys = new Map<string, SqliteColumnRow[]>();
  for (const column of columns) {
    if (column.pk > 0) keys.set(column.table, [...(keys.get(column.table) ?? []), column]);
  }
  return new Map(
    [...keys].map(([table, rows]) => [table, rows.sort((a, b) => a.pk - b.pk).map((row) => row.name)]),
  );
}

/** Tables whose primary key is the rowid itself: one `INTEGER` column in a rowid table. */
function findRowidTables(tables: readonly SqliteTableRow[], columns: readonly SqliteColumnRow[]) {
  const primaryKeys = new Map<string, SqliteColumnRow[]>();
  for (const column of columns) {
    if (column.pk > 0) primaryKeys.set(column.table, [...(primaryKeys.get(column.table) ?? []), column]);
  }
  const rowid = new Set<string>();
  for (const table of tables) {
    const key = primaryKeys.get(table.name);
    if (key?.length !== 1 || isWithoutRowid(table.sql)) continue;
    if (key[0]?.type.trim().toLowerCase() === 'integer') rowid.add(table.name);
  }
  return rowid;
}

function toColumns(tables: SqliteTableRow[], rows: SqliteColumnRow[], rowid: Set<string>): CatalogColumn[] {
  const sqlByTable = new Map(tables.map((table) => [table.name, table.sql]));
  return rows
    .filter((row) => row.hidden !== 1)
    .map((row) => {
      const type = parseDeclaredType(row.type);
      const isGenerated = row.hidden === 2 || row.hidden === 3;
      const expression = isGenerated
        ? (readGeneratedExpressions(sqlByTable.get(row.table) ?? '').get(row.name) ?? null)
        : null;
      return {
        table: row.table,
        name: row.name,
        position: row.cid,
        data_type: type.name,
        default: parseSqliteDefault(row.default),
        max_length: type.length,
        numeric_precision: type.precision,
        numeric_scale: type.scale,
        // SQLite lets a primary key other than the rowid hold NULL unless declared NOT NULL, a
        // bug it keeps for compatibility; a key column reads not-nullable as on every other engine.
        is_nullable: row.notnull === 0 && row.pk === 0,
        is_generated: isGenerated,
        generation_expression: expression,
        has_auto_increment: row.pk > 0 && rowid.has(row.table),
        comment: null,
      };
    });
}

function toIndexes(rows: SqliteIndexRow[], columns: SqliteColumnRow[], rowid: Set<string>): CatalogIndex[] {
  const indexes = new Map<string, CatalogIndex & { expression: boolean }>();
  for (const row of [...rows].sort((a, b) => a.seqno - b.seqno)) {
    const index = indexes.get(row.name) ?? {
      table: row.table,
      name: row.name,
      columns: [],
      unique: row.unique === 1,
      primary: row.origin === 'pk',
      partial: row.partial === 1,
      expression: false,
    };
    if (row.column === null) index.expression = true;
    else index.columns.push(row.column);
    indexes.set(row.name, index);
  }
  const primaryKeys = readPrimaryKeys(columns);
  // A rowid alias is the table's own b-tree, not an index, so SQLite lists none; one stands in
  // for it so the primary key reads the same as on the other engines.
  const rowidIndexes = [...rowid].map((table) => ({
    table,
    name: 'rowid',
    columns: primaryKeys.get(table) ?? [],
    unique: true,
    primary: true,
    partial: false,
  }));
  const declared = [...indexes.values()]
    .filter((index) => !index.expression)
    .map(({ expression: _expression, ...index }) => index);
  return [...rowidIndexes, ...declared];
}

function toForeignKeys(rows: SqliteForeignKeyRow[], columns: SqliteColumnRow[]): CatalogForeignKey[] {
  const primaryKeys = readPrimaryKeys(columns);
  const keys = new Map<string, { rows: SqliteForeignKeyRow[] }>();
  for (const row of rows) {
    const id = `${row.table}\u0000${row.id}`;
    keys.set(id, { rows: [...(keys.get(id)?.rows ?? []), row] });
  }
  return [...keys.values()].map(({ rows: parts }) => {
    const sorted = parts.sort((a, b) => a.seq - b.seq);
    const first = sorted[0] as SqliteForeignKeyRow;
    // `references authors` without a column list points at the target's primary key.
    const targetKey = primaryKeys.get(first.foreign_key_table) ?? [];
    return {
      table: first.table,
      name: null,
      columns: sorted.map((row) => row.from),
      foreign_key_schema: null,
      foreign_key_table: first.foreign_key_table,
      foreign_key_columns: sorted.map((row, index) => row.to ?? targetKey[index] ?? ''),
      on_update: toRule(first.on_update),
      on_delete: toRule(first.on_delete),
    };
  });
}

/** Converts the row of the SQLite catalog statement into the portable catalog. */
export function toSqliteCatalog(row: SqliteCatalogRow): Catalog {
  const tables = JSON.parse(row.tables) as SqliteTableRow[];
  const columns = JSON.parse(row.columns) as SqliteColumnRow[];
  const rowid = findRowidTables(tables, columns);
  return {
    tables: tables.map((table) => ({ name: table.name, schema: null, comment: null })),
    columns: toColumns(tables, columns, rowid),
    indexes: toIndexes(JSON.parse(row.indexes) as SqliteIndexRow[], columns, rowid),
    foreignKeys: toForeignKeys(JSON.parse(row.foreign_keys) as SqliteForeignKeyRow[], columns),
  };
}

/** SQLite: one statement of pragma table-valued functions over `sqlite_master`. */
export const sqliteIntrospector: DatabaseIntrospector = {
  async readCatalog(db) {
    const result = await createSqliteCatalogQuery().execute(db);
    const row = result.rows[0];
    return row ? toSqliteCatalog(row) : { tables: [], columns: [], indexes: [], foreignKeys: [] };
  },
};
