import { type RawBuilder, sql } from 'kysely';

/**
 * The statements that read a MySQL/MariaDB database from `information_schema`, each over every
 * table at once. They are independent, so the introspector runs them side by side. Check
 * constraints are read because MariaDB stores `json` as `longtext` guarded by `json_valid()`.
 */
export function createMysqlCatalogQueries(schema: string | undefined) {
  const target = schema === undefined ? sql`database()` : sql`${schema}`;
  return {
    tables: sql<MysqlTableRow>`
      select table_name as name, table_comment as comment, version() as version
      from information_schema.tables
      where table_schema = ${target} and table_type in ('BASE TABLE', 'SYSTEM VERSIONED')`,
    columns: sql<MysqlColumnRow>`
      select table_name as \`table\`, column_name as name, ordinal_position as position,
        data_type as data_type, column_type as column_type, column_default as \`default\`,
        is_nullable as is_nullable, character_maximum_length as max_length,
        numeric_precision as numeric_precision, numeric_scale as numeric_scale, extra as extra,
        generation_expression as generation_expression, column_comment as comment
      from information_schema.columns
      where table_schema = ${target}`,
    indexes: sql<MysqlIndexRow>`
      select table_name as \`table\`, index_name as name, non_unique as non_unique,
        seq_in_index as position, column_name as \`column\`
      from information_schema.statistics
      where table_schema = ${target}`,
    foreignKeys: sql<MysqlForeignKeyRow>`
      select kcu.table_schema as table_schema, kcu.table_name as \`table\`, kcu.constraint_name as name, kcu.column_name as \`column\`,
        kcu.ordinal_position as position, kcu.referenced_table_schema as foreign_key_schema,
        kcu.referenced_table_name as foreign_key_table, kcu.referenced_column_name as foreign_key_column,
        rc.update_rule as on_update, rc.delete_rule as on_delete
      from information_schema.key_column_usage kcu
      join information_schema.referential_constraints rc
        on rc.constraint_schema = kcu.constraint_schema and rc.constraint_name = kcu.constraint_name
        and rc.table_name = kcu.table_name
      where kcu.table_schema = ${target} and kcu.referenced_table_name is not null`,
    // \`select *\`: MariaDB has a TABLE_NAME column here, MySQL 8 does not (and needs none).
    checks: sql<Record<string, unknown>>`
      select * from information_schema.check_constraints where constraint_schema = ${target}`,
  } satisfies Record<string, RawBuilder<unknown>>;
}

/** A table row; `version` tells MariaDB from MySQL, whose catalogs differ in places. */
export interface MysqlTableRow {
  name: string;
  comment: string | null;
  version: string;
}

/** A column row; numbers may arrive as strings (the pool reads big numbers as strings). */
export interface MysqlColumnRow {
  table: string;
  name: string;
  position: number | string;
  data_type: string;
  column_type: string;
  default: string | null;
  is_nullable: string;
  max_length: number | string | null;
  numeric_precision: number | string | null;
  numeric_scale: number | string | null;
  extra: string;
  generation_expression: string | null;
  comment: string | null;
}

/** One column of one index; `column` is null for a functional key part (MySQL 8). */
export interface MysqlIndexRow {
  table: string;
  name: string;
  non_unique: number | string;
  position: number | string;
  column: string | null;
}

/** One column of one foreign key. */
export interface MysqlForeignKeyRow {
  table_schema: string;
  table: string;
  name: string;
  column: string;
  position: number | string;
  foreign_key_schema: string;
  foreign_key_table: string;
  foreign_key_column: string;
  on_update: string;
  on_delete: string;
}

/** Every row set the MySQL introspector reads. */
export interface MysqlCatalogRows {
  tables: MysqlTableRow[];
  columns: MysqlColumnRow[];
  indexes: MysqlIndexRow[];
  foreignKeys: MysqlForeignKeyRow[];
  checks: Record<string, unknown>[];
}
