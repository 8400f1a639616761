import type { ForeignKeyRule } from '../database-schema.js';

/**
 * A column default as the catalog spells it, before it is turned into a JS value: a literal whose
 * JS type depends on the column's field type (`'0'` is `false` on a boolean, `0` on an integer), or
 * an expression kept as text.
 */
export type CatalogDefault = { literal: string } | { expression: string } | null;

/** A base table as read from the catalog. */
export interface CatalogTable {
  name: string;
  schema: string | null;
  comment: string | null;
}

/** A column as read from the catalog, already in portable terms except its default. */
export interface CatalogColumn {
  table: string;
  name: string;
  /** Position in the table, used to keep the table's column order. */
  position: number;
  data_type: string;
  default: CatalogDefault;
  max_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_nullable: boolean;
  is_generated: boolean;
  generation_expression: string | null;
  has_auto_increment: boolean;
  comment: string | null;
}

/** An index over plain columns (expression indexes are left out: they have no column list). */
export interface CatalogIndex {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  /** A partial (filtered) index does not make its columns unique across the whole table. */
  partial: boolean;
}

/** A foreign key constraint, over one column or several. */
export interface CatalogForeignKey {
  table: string;
  name: string | null;
  columns: string[];
  foreign_key_schema: string | null;
  foreign_key_table: string;
  foreign_key_columns: string[];
  on_update: ForeignKeyRule;
  on_delete: ForeignKeyRule;
}

/** Everything one introspector reads, for every table of a schema at once. */
export interface Catalog {
  tables: CatalogTable[];
  columns: CatalogColumn[];
  indexes: CatalogIndex[];
  foreignKeys: CatalogForeignKey[];
}
