import { type RawBuilder, sql } from 'kysely';

/**
 * The statements that read an MS SQL schema from the `sys` catalog views, each over every table
 * at once; the introspector runs them side by side. Written from SQL Server's documentation and
 * snapshot-tested, but NOT yet run against a live server (none in this repository's CI).
 */
export function createMssqlCatalogQueries(schema: string | undefined) {
  const target = schema === undefined ? sql`schema_name()` : sql`${schema}`;
  return {
    tables: sql<MssqlTableRow>`
      select t.name as name, s.name as [schema], cast(ep.value as nvarchar(max)) as comment
      from sys.tables t
      join sys.schemas s on s.schema_id = t.schema_id
      left join sys.extended_properties ep
        on ep.class = 1 and ep.major_id = t.object_id and ep.minor_id = 0 and ep.name = 'MS_Description'
      where s.name = ${target} and t.is_ms_shipped = 0`,
    columns: sql<MssqlColumnRow>`
      select t.name as [table], c.name as name, c.column_id as position, ty.name as data_type,
        c.max_length as max_length, c.precision as numeric_precision, c.scale as numeric_scale,
        c.is_nullable as is_nullable, c.is_identity as is_identity, c.is_computed as is_computed,
        cc.definition as generation_expression, dc.definition as [default],
        cast(ep.value as nvarchar(max)) as comment
      from sys.tables t
      join sys.schemas s on s.schema_id = t.schema_id
      join sys.columns c on c.object_id = t.object_id
      join sys.types ty on ty.user_type_id = c.user_type_id
      left join sys.computed_columns cc on cc.object_id = c.object_id and cc.column_id = c.column_id
      left join sys.default_constraints dc on dc.object_id = c.default_object_id
      left join sys.extended_properties ep
        on ep.class = 1 and ep.major_id = c.object_id and ep.minor_id = c.column_id and ep.name = 'MS_Description'
      where s.name = ${target} and t.is_ms_shipped = 0`,
    indexes: sql<MssqlIndexRow>`
      select t.name as [table], i.name as name, i.is_unique as is_unique, i.is_primary_key as is_primary_key,
        i.has_filter as has_filter, i.filter_definition as filter_definition, ic.key_ordinal as position,
        c.name as [column]
      from sys.tables t
      join sys.schemas s on s.schema_id = t.schema_id
      join sys.indexes i on i.object_id = t.object_id and i.type in (1, 2)
      join sys.index_columns ic
        on ic.object_id = i.object_id and ic.index_id = i.index_id and ic.is_included_column = 0
      join sys.columns c on c.object_id = ic.object_id and c.column_id = ic.column_id
      where s.name = ${target} and t.is_ms_shipped = 0`,
    foreignKeys: sql<MssqlForeignKeyRow>`
      select t.name as [table], fk.name as name, fkc.constraint_column_id as position, pc.name as [column],
        rs.name as foreign_key_schema, rt.name as foreign_key_table, rc.name as foreign_key_column,
        fk.update_referential_action_desc as on_update, fk.delete_referential_action_desc as on_delete
      from sys.foreign_keys fk
      join sys.tables t on t.object_id = fk.parent_object_id
      join sys.schemas s on s.schema_id = t.schema_id
      join sys.foreign_key_columns fkc on fkc.constraint_object_id = fk.object_id
      join sys.columns pc on pc.object_id = fkc.parent_object_id and pc.column_id = fkc.parent_column_id
      join sys.tables rt on rt.object_id = fk.referenced_object_id
      join sys.schemas rs on rs.schema_id = rt.schema_id
      join sys.columns rc on rc.object_id = fkc.referenced_object_id and rc.column_id = fkc.referenced_column_id
      where s.name = ${target}`,
  } satisfies Record<string, RawBuilder<unknown>>;
}

/** A `sys.tables` row with its `MS_Description`. */
export interface MssqlTableRow {
  name: string;
  schema: string;
  comment: string | null;
}

/** A `sys.columns` row; `max_length` is in bytes (-1 for `max`), bits arrive as booleans. */
export interface MssqlColumnRow {
  table: string;
  name: string;
  position: number;
  data_type: string;
  max_length: number;
  numeric_precision: number;
  numeric_scale: number;
  is_nullable: boolean;
  is_identity: boolean;
  is_computed: boolean;
  generation_expression: string | null;
  default: string | null;
  comment: string | null;
}

/** One key column of one rowstore index. */
export interface MssqlIndexRow {
  table: string;
  name: string;
  is_unique: boolean;
  is_primary_key: boolean;
  has_filter: boolean;
  filter_definition: string | null;
  position: number;
  column: string;
}

/** One column of one foreign key; actions as `sys.foreign_keys` spells them (`SET_NULL`). */
export interface MssqlForeignKeyRow {
  table: string;
  name: string;
  position: number;
  column: string;
  foreign_key_schema: string;
  foreign_key_table: string;
  foreign_key_column: string;
  on_update: string;
  on_delete: string;
}

/** Every row set the MS SQL introspector reads. */
export interface MssqlCatalogRows {
  tables: MssqlTableRow[];
  columns: MssqlColumnRow[];
  indexes: MssqlIndexRow[];
  foreignKeys: MssqlForeignKeyRow[];
}
