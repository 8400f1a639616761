import type { Filter } from '@plinth/types';
import { decodeBoolean, decodeCsv, decodeJson, decodeNumber, decodeString } from './lib/decode-values.js';
import type { FieldMetaRow } from './meta-rows.js';
import type { FieldMeta } from './wire-types.js';

const widths = new Set(['half', 'half-left', 'half-right', 'full', 'fill']);

function toWidth(value: unknown): FieldMeta['width'] {
  if (value === undefined) return 'full';
  return typeof value === 'string' && widths.has(value) ? (value as FieldMeta['width']) : null;
}

/**
 * Decodes a `directus_fields` row into the wire meta: `special` from CSV to an array (null when empty), the
 * JSON columns parsed, the boolean columns as booleans, and the table's column defaults for missing keys.
 */
export function toFieldMeta(row: FieldMetaRow): FieldMeta {
  const id = decodeNumber(row.id);
  return {
    ...(id === null ? {} : { id }),
    collection: row.collection,
    field: row.field,
    special: decodeCsv(row.special),
    interface: decodeString(row.interface),
    options: decodeJson(row.options),
    display: decodeString(row.display),
    display_options: decodeJson(row.display_options),
    readonly: decodeBoolean(row.readonly, false),
    hidden: decodeBoolean(row.hidden, false),
    sort: decodeNumber(row.sort),
    width: toWidth(row.width),
    translations: decodeJson(row.translations),
    note: decodeString(row.note),
    conditions: decodeJson(row.conditions),
    required: decodeBoolean(row.required, false),
    group: decodeString(row.group),
    validation: decodeJson<Filter>(row.validation),
    validation_message: decodeString(row.validation_message),
    searchable: decodeBoolean(row.searchable, true),
  };
}
