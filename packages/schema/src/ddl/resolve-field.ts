import type { FieldInput } from './ddl-types.js';

/** The wire types that own a column. */
export const columnFieldTypes = [
  'string',
  'text',
  'integer',
  'bigInteger',
  'float',
  'decimal',
  'boolean',
  'date',
  'time',
  'dateTime',
  'timestamp',
  'json',
  'uuid',
  'hash',
  'csv',
  'binary',
] as const;

/** A wire type that owns a column. */
export type ColumnFieldType = (typeof columnFieldTypes)[number];

/** Types that describe a field without a column: presentation fields and the "many" side of relations. */
export const aliasFieldTypes: readonly string[] = [
  'alias',
  'o2m',
  'm2m',
  'm2a',
  'o2a',
  'files',
  'translations',
];

/** A column default as the planners see it. */
export type ColumnDefault =
  | { kind: 'none' }
  | { kind: 'now' }
  | { kind: 'uuid' }
  | { kind: 'value'; value: string | number | boolean };

/** A field with every schema option decided, ready to become a column definition. */
export interface ResolvedField {
  name: string;
  type: ColumnFieldType;
  /** For `string`, `hash` and `binary`; `null` is unbounded. */
  maxLength: number | null;
  precision: number;
  scale: number;
  nullable: boolean;
  unique: boolean;
  indexed: boolean;
  primaryKey: boolean;
  autoIncrement: boolean;
  default: ColumnDefault;
  comment: string | null;
}

const nowPattern = /^(now\(\)|current_timestamp(\(\d*\))?)$/i;

/** Whether a field type stands for a column (alias types and `null` do not). */
export function isColumnFieldType(type: string | null): type is ColumnFieldType {
  return type !== null && (columnFieldTypes as readonly string[]).includes(type);
}

function toBoolean(value: unknown): unknown {
  if (value === 'true' || value === 1 || value === '1') return true;
  if (value === 'false' || value === 0 || value === '0') return false;
  return value;
}

/** Turns a payload's `default_value` into the default a column gets. */
export function toColumnDefault(value: unknown, type: ColumnFieldType): ColumnDefault {
  if (value === undefined || value === null) return { kind: 'none' };
  if (typeof value === 'string' && nowPattern.test(value.trim())) return { kind: 'now' };
  if (typeof value === 'string' && value.trim().toLowerCase() === 'gen_random_uuid()')
    return { kind: 'uuid' };
  const literal = type === 'boolean' ? toBoolean(value) : value;
  if (typeof literal === 'string' || typeof literal === 'boolean') return { kind: 'value', value: literal };
  if (typeof literal === 'number' && Number.isFinite(literal)) return { kind: 'value', value: literal };
  // Objects and arrays are JSON defaults, written as their text.
  return { kind: 'value', value: JSON.stringify(literal) };
}

function defaultLength(type: ColumnFieldType): number | null {
  if (type === 'string' || type === 'hash') return 255;
  return null;
}

/**
 * Decides every option of a column field, applying the wire defaults (varchar 255, decimal 10/5,
 * nullable). A primary key is never nullable, and an auto-increment field is the primary key.
 * Call only after validation: the type must own a column.
 */
export function resolveField(input: FieldInput & { type: ColumnFieldType }): ResolvedField {
  const schema = input.schema ?? {};
  const autoIncrement = schema.has_auto_increment === true;
  const primaryKey = schema.is_primary_key === true || autoIncrement;
  const maxLength = input.type === 'hash' ? 255 : schema.max_length;
  return {
    name: input.field,
    type: input.type,
    maxLength: maxLength === undefined ? defaultLength(input.type) : maxLength,
    precision: schema.numeric_precision ?? 10,
    scale: schema.numeric_scale ?? 5,
    nullable: primaryKey ? false : schema.is_nullable !== false,
    unique: !primaryKey && schema.is_unique === true,
    indexed: !primaryKey && schema.is_indexed === true,
    primaryKey,
    autoIncrement,
    default: autoIncrement ? { kind: 'none' } : toColumnDefault(schema.default_value, input.type),
    comment: schema.comment ?? null,
  };
}
