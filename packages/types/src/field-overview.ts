import type { FieldSpecial } from './field-special.js';
import type { FieldType } from './field-type.js';
import type { Filter } from './filter.js';

/** A field's width in the admin app's form grid. */
export type FieldWidth = 'half' | 'half-left' | 'half-right' | 'full' | 'fill';

/**
 * The `meta` object of a field on the wire: its `directus_fields` row with the CSV, JSON and boolean columns
 * decoded, or Plinth's own meta for a field of a system collection (then `system` is true and `id` is absent).
 */
export interface FieldMeta {
  /** The `directus_fields` row id; absent for system fields, which have no row. */
  id?: number;
  collection: string;
  field: string;
  special: FieldSpecial[] | null;
  interface: string | null;
  options: Record<string, unknown> | null;
  display: string | null;
  display_options: Record<string, unknown> | null;
  readonly: boolean;
  hidden: boolean;
  sort: number | null;
  width: FieldWidth | null;
  translations: Array<{ language: string; translation: string }> | null;
  note: string | null;
  conditions: Array<Record<string, unknown>> | null;
  required: boolean;
  group: string | null;
  validation: Filter | null;
  validation_message: string | null;
  searchable: boolean;
  /** Present (and true) only on fields Plinth defines for system collections. */
  system?: true;
}

/** The `schema` object of a field on the wire: the column as introspected (snake_case, as served). */
export interface FieldSchema {
  name: string;
  table: string;
  data_type: string;
  default_value: unknown;
  max_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  is_generated: boolean;
  generation_expression: string | null;
  is_nullable: boolean;
  is_unique: boolean;
  is_indexed: boolean;
  is_primary_key: boolean;
  has_auto_increment: boolean;
  foreign_key_schema: string | null;
  foreign_key_table: string | null;
  foreign_key_column: string | null;
  comment: string | null;
}

/**
 * One field as the rest of Plinth sees it: the database column (if any) merged with its `directus_fields` row.
 */
export interface FieldOverview {
  field: string;
  type: FieldType;
  /** The column's database type as introspected (`character varying`, `int`, ...); `null` for alias fields. */
  dbType: string | null;
  nullable: boolean;
  /** The column default as a JS value, or the raw expression text when it is not a literal. */
  defaultValue: unknown;
  special: FieldSpecial[];
  /** The column is computed by the database and cannot be written. */
  generated: boolean;
  /**
   * The field has no column (o2m, m2m, m2a, presentation). Presentation fields (`no-data` in `special`)
   * have no relation either and carry no value at all.
   */
  alias: boolean;
  /** Numeric precision, for decimal/float columns. */
  precision: number | null;
  /** Numeric scale, for decimal columns. */
  scale: number | null;
  /** Character length limit, for string columns; `null` when unbounded. */
  maxLength: number | null;
  /** The field's `meta.validation` rule, enforced on every write (admins included). */
  validation: Filter | null;
  /** Included in `?search=`; false when `meta.searchable` is false. @default true */
  searchable: boolean;
  /** The wire `meta` (see {@link FieldMeta}); `null` for a column without a `directus_fields` row. */
  meta: FieldMeta | null;
  /** The wire `schema` (see {@link FieldSchema}); `null` for alias fields. */
  schema: FieldSchema | null;
}
