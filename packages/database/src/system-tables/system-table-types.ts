/** The portable column types the system tables use; each dialect maps them to its own SQL type. */
export type SystemColumnType =
  | 'uuid'
  | 'string'
  | 'text'
  | 'json'
  | 'boolean'
  | 'integer'
  | 'bigint'
  | 'timestamp';

/** What happens to a referencing row when the referenced row is deleted. */
export type ForeignKeyAction = 'cascade' | 'set null' | 'no action';

/** A column default: a literal, SQL `NULL`, or the current timestamp. */
export type SystemColumnDefault =
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'null' }
  | { kind: 'now' };

/** A single-column foreign key. */
export interface SystemForeignKey {
  table: string;
  column: string;
  /** @default 'no action' */
  onDelete?: ForeignKeyAction;
}

/** One column of a system table, as Directus 11 declares it. */
export interface SystemColumn {
  name: string;
  type: SystemColumnType;
  /** Character length for `string` columns. */
  length?: number;
  /** @default true */
  nullable: boolean;
  default?: SystemColumnDefault;
  /** Part of the primary key. */
  primary?: boolean;
  /** An auto-increment integer primary key. */
  autoIncrement?: boolean;
  /** `unsigned` on MySQL, where Directus declares it; ignored elsewhere. */
  unsigned?: boolean;
  /** A single-column unique constraint. */
  unique?: boolean;
  references?: SystemForeignKey;
}

/** A plain (non-unique) index. */
export interface SystemIndex {
  name: string;
  columns: string[];
}

/** A `directus_*` table: its columns, keys and indexes. */
export interface SystemTable {
  name: string;
  columns: SystemColumn[];
  /** Unique constraints over more than one column. */
  uniques?: string[][];
  indexes?: SystemIndex[];
}
