import type { FieldSpecial } from './field-special.js';
import type { FieldType } from './field-type.js';
import type { Filter } from './filter.js';

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
  /** The field has no column (o2m, m2m, m2a, presentation). */
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
}
