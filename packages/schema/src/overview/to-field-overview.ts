import type { FieldOverview, FieldSpecial, FieldType } from '@plinth/types';
import type { FieldMeta, FieldSchema } from './wire-types.js';

/** A field backed by a column: the column's facts with the meta's validation and search flag. */
export function toColumnFieldOverview(
  column: FieldSchema,
  type: FieldType,
  special: FieldSpecial[],
  meta: FieldMeta | null,
): FieldOverview {
  return {
    field: column.name,
    type,
    dbType: column.data_type,
    nullable: column.is_nullable,
    defaultValue: column.default_value ?? null,
    special,
    generated: column.is_generated,
    alias: false,
    precision: column.numeric_precision,
    scale: column.numeric_scale,
    maxLength: column.max_length,
    validation: meta?.validation ?? null,
    searchable: meta?.searchable ?? true,
    meta,
    schema: column,
  };
}

/** A field without a column (o2m, m2m, m2a, files, translations, presentation), known from its meta only. */
export function toAliasFieldOverview(meta: FieldMeta, special: FieldSpecial[]): FieldOverview {
  return {
    field: meta.field,
    type: 'alias',
    dbType: null,
    nullable: true,
    defaultValue: null,
    special,
    generated: false,
    alias: true,
    precision: null,
    scale: null,
    maxLength: null,
    validation: meta.validation,
    searchable: meta.searchable,
    meta,
    schema: null,
  };
}
