import { type RawBuilder, sql } from 'kysely';

/**
 * The one statement that reads a SQLite database: the pragmas `table_xinfo`, `index_list`,
 * `index_info` and `foreign_key_list` joined over `sqlite_master` as table-valued functions, each
 * folded into a JSON array, so every table is read in a single call. Internal `sqlite_*` tables,
 * virtual tables and views are left out.
 */
export function createSqliteCatalogQuery(): RawBuilder<SqliteCatalogRow> {
  return sql<SqliteCatalogRow>`
    with tables as (
      select name, sql from sqlite_master
      where type = 'table' and name not like 'sqlite\\_%' escape '\\'
        and sql not like 'create virtual table%'
    )
    select
      (select json_group_array(json_object('name', name, 'sql', sql)) from tables) as tables,
      (select json_group_array(json_object(
        'table', t.name, 'cid', p.cid, 'name', p.name, 'type', p.type, 'notnull', p."notnull",
        'default', p.dflt_value, 'pk', p.pk, 'hidden', p.hidden))
      from tables t join pragma_table_xinfo(t.name) p) as columns,
      (select json_group_array(json_object(
        'table', t.name, 'name', il.name, 'unique', il."unique", 'origin', il.origin,
        'partial', il.partial, 'seqno', ii.seqno, 'column', ii.name))
      from tables t join pragma_index_list(t.name) il join pragma_index_info(il.name) ii) as indexes,
      (select json_group_array(json_object(
        'table', t.name, 'id', fk.id, 'seq', fk.seq, 'foreign_key_table', fk."table",
        'from', fk."from", 'to', fk."to", 'on_update', fk.on_update, 'on_delete', fk.on_delete))
      from tables t join pragma_foreign_key_list(t.name) fk) as foreign_keys`;
}

/** A table of the catalog statement, with its `CREATE TABLE` text. */
export interface SqliteTableRow {
  name: string;
  sql: string;
}

/** A `pragma_table_xinfo` row; `hidden` is 2 or 3 for generated columns. */
export interface SqliteColumnRow {
  table: string;
  cid: number;
  name: string;
  type: string;
  notnull: number;
  default: string | null;
  pk: number;
  hidden: number;
}

/** One column of one index (`pragma_index_list` joined to `pragma_index_info`). */
export interface SqliteIndexRow {
  table: string;
  name: string;
  unique: number;
  /** `c` (create index), `u` (unique constraint) or `pk`. */
  origin: string;
  partial: number;
  seqno: number;
  /** `null` for an expression. */
  column: string | null;
}

/** One column of one foreign key (`pragma_foreign_key_list`); `to` is null for the target's primary key. */
export interface SqliteForeignKeyRow {
  table: string;
  id: number;
  seq: number;
  foreign_key_table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

/** The single row of {@link createSqliteCatalogQuery}: each value a JSON array as text. */
export interface SqliteCatalogRow {
  tables: string;
  columns: string;
  indexes: string;
  foreign_keys: string;
}
