import type { DatabaseClient } from '@plinth/types';

/** Referential action of a foreign key, as the wire protocol spells it. */
export type ForeignKeyRule = 'NO ACTION' | 'SET NULL' | 'SET DEFAULT' | 'CASCADE' | 'RESTRICT';

/**
 * One column as the database describes it. The keys are the wire protocol's (the `schema` object of
 * a field in `/fields`), so this object is served as it is.
 */
export interface ColumnSchema {
  name: string;
  table: string;
  /** The engine's own type name: `character varying`, `int`, `datetime2`, ... */
  data_type: string;
  /** A literal default as a JS value (`'draft'`, `0`, `true`), or the expression text (`CURRENT_TIMESTAMP`, `gen_random_uuid()`). */
  default_value: unknown;
  max_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_generated: boolean;
  generation_expression: string | null;
  is_nullable: boolean;
  /** Covered by a single-column unique constraint or unique index. */
  is_unique: boolean;
  /** Covered by an index whose first column it is (primary key and unique included). */
  is_indexed: boolean;
  is_primary_key: boolean;
  has_auto_increment: boolean;
  foreign_key_schema: string | null;
  foreign_key_table: string | null;
  foreign_key_column: string | null;
  comment: string | null;
}

/** A foreign key constraint (single column; composite foreign keys are listed in `compositeForeignKeys`). */
export interface ForeignKeySchema {
  table: string;
  column: string;
  foreign_key_schema: string | null;
  foreign_key_table: string;
  foreign_key_column: string;
  constraint_name: string | null;
  on_update: ForeignKeyRule;
  on_delete: ForeignKeyRule;
}

/** An index (unique or not), in column order. */
export interface IndexSchema {
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
}

/** One table with everything introspection learned about it. */
export interface TableSchema {
  name: string;
  /** PostgreSQL/MS SQL schema the table lives in; null on MySQL and SQLite. */
  schema: string | null;
  comment: string | null;
  /** Primary key columns in key order; empty for a table without one; several for a composite key. */
  primaryKey: string[];
  /** Column name to column, in the table's column order. */
  columns: Record<string, ColumnSchema>;
  indexes: IndexSchema[];
  /** Unique constraints spanning several columns (single-column ones show as `is_unique`). */
  compositeUniques: string[][];
  foreignKeys: ForeignKeySchema[];
  /** Foreign keys over several columns: kept so nothing is lost, not turned into relations. */
  compositeForeignKeys: Array<{
    name: string | null;
    columns: string[];
    /** Added by introspection: the target's schema (PostgreSQL/MS SQL), null on MySQL and SQLite. */
    foreign_key_schema: string | null;
    foreign_key_table: string;
    foreign_key_columns: string[];
    /** Added by introspection, so the constraint can be rebuilt as it was. */
    on_update: ForeignKeyRule;
    /** Added by introspection, so the constraint can be rebuilt as it was. */
    on_delete: ForeignKeyRule;
  }>;
}

/** Everything introspection saw: tables by name (views excluded). */
export interface DatabaseSchema {
  client: DatabaseClient;
  tables: Record<string, TableSchema>;
}
