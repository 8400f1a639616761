import type { FieldMeta } from '../overview/wire-types.js';
import type { SystemFieldSpec } from './system-data-types.js';

/**
 * The wire meta of a field of a system collection. `sort` is the field's place in the collection's
 * declaration (1-based), as Directus numbers its system fields.
 */
export function toSystemFieldMeta(collection: string, spec: SystemFieldSpec, sort: number): FieldMeta {
  const { special, ...rest } = spec;
  return {
    collection,
    special: special && special.length > 0 ? [...special] : null,
    interface: null,
    options: null,
    display: null,
    display_options: null,
    readonly: false,
    hidden: false,
    sort,
    width: 'full',
    translations: null,
    note: null,
    conditions: null,
    required: false,
    group: null,
    validation: null,
    validation_message: null,
    searchable: true,
    ...rest,
    field: spec.field,
    system: true,
  };
}
