import { type RawBuilder, sql } from 'kysely';

/**
 * The one statement that reads a PostgreSQL schema: tables, columns, indexes and foreign keys of
 * every base table, each as a JSON array, so the whole catalog arrives in a single round trip from
 * `pg_catalog` (much faster than the `information_schema` views on large schemas). Partitions are
 * left out (their parent stands for them), and so are views.
 */
export function createPgCatalogQuery(schema: string | undefined): RawBuilder<PgCatalogRow> {
  const target = schema === undefined ? sql`current_schema()` : sql`${schema}`;
  return sql<PgCatalogRow>`
    with rels as (
      select c.oid, c.relname, n.nspname
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${target} and c.relkind in ('r', 'p') and not c.relispartition
    )
    select
      (select coalesce(json_agg(json_build_object(
        'name', r.relname, 'schema', r.nspname, 'comment', obj_description(r.oid, 'pg_class')
      )), '[]') from rels r) as tables,
      (select coalesce(json_agg(json_build_object(
        'table', r.relname, 'name', a.attname, 'position', a.attnum,
        'data_type', format_type(a.atttypid, null), 'full_type', format_type(a.atttypid, a.atttypmod),
        'typmod', a.atttypmod, 'not_null', a.attnotnull, 'default', pg_get_expr(d.adbin, d.adrelid),
        'identity', a.attidentity, 'generated', a.attgenerated, 'comment', col_description(r.oid, a.attnum)
      )), '[]')
      from rels r
      join pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum) as columns,
      (select coalesce(json_agg(json_build_object(
        'table', r.relname, 'name', i.relname, 'unique', x.indisunique, 'primary', x.indisprimary,
        'partial', x.indpred is not null,
        'columns', (select json_agg(a.attname order by k.ord)
          from unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
          left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
          where k.ord <= x.indnkeyatts)
      )), '[]')
      from rels r
      join pg_index x on x.indrelid = r.oid and x.indisvalid
      join pg_class i on i.oid = x.indexrelid) as indexes,
      (select coalesce(json_agg(json_build_object(
        'table', r.relname, 'name', con.conname, 'foreign_key_schema', fn.nspname,
        'foreign_key_table', fc.relname, 'on_update', con.confupdtype, 'on_delete', con.confdeltype,
        'columns', (select json_agg(a.attname order by k.ord)
          from unnest(con.conkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum),
        'foreign_key_columns', (select json_agg(a.attname order by k.ord)
          from unnest(con.confkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum)
      )), '[]')
      from rels r
      join pg_constraint con on con.conrelid = r.oid and con.contype = 'f'
      join pg_class fc on fc.oid = con.confrelid
      join pg_namespace fn on fn.oid = fc.relnamespace) as foreign_keys`;
}

/** A table as the catalog statement returns it. */
export interface PgTableRow {
  name: string;
  schema: string;
  comment: string | null;
}

/** A column as the catalog statement returns it. */
export interface PgColumnRow {
  table: string;
  name: string;
  position: number;
  data_type: string;
  full_type: string;
  typmod: number;
  not_null: boolean;
  default: string | null;
  /** `a` (always) or `d` (by default) for identity columns, empty otherwise. */
  identity: string;
  /** `s` for a stored generated column, empty otherwise. */
  generated: string;
  comment: string | null;
}

/** An index as the catalog statement returns it; an expression column reads `null`. */
export interface PgIndexRow {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  partial: boolean;
  columns: Array<string | null> | null;
}

/** A foreign key as the catalog statement returns it; rules are `pg_constraint` letters. */
export interface PgForeignKeyRow {
  table: string;
  name: string;
  foreign_key_schema: string;
  foreign_key_table: string;
  on_update: string;
  on_delete: string;
  columns: string[];
  foreign_key_columns: string[];
}

/** The single row of {@link createPgCatalogQuery}. */
export interface PgCatalogRow {
  tables: PgTableRow[];
  columns: PgColumnRow[];
  indexes: PgIndexRow[];
  foreign_keys: PgForeignKeyRow[];
}
