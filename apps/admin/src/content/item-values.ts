import { type FieldKind, toFieldKind } from '../lib/field-kinds.js';
import { type FormValue, FormValueError, toApiValue, toFormValue } from '../lib/form-values.js';
import type { FieldInfo } from '../lib/schema-types.js';
import type { CollectionSchema } from './use-collection-schema.js';

/** The editor's values by field. */
export type Values = Record<string, FormValue>;

/** The input kind of `field`: its o2m / m2m list when it has one, else what its type and interface say. */
export function kindOf(schema: CollectionSchema, field: FieldInfo): FieldKind {
  const list = schema.lists[field.field];
  if (list) return list.kind;
  return toFieldKind(field, schema.relatedBy[field.field] ?? null);
}

/** Related lists keep their own state: they have no form value and are written as nested changes. */
function isList(kind: FieldKind): boolean {
  return kind === 'o2m' || kind === 'm2m';
}

/** The editor's values for `item` (or the defaults of a new one). */
export function toValues(schema: CollectionSchema, item: Record<string, unknown>, isNew: boolean): Values {
  const values: Values = {};
  for (const field of schema.fields) {
    const kind = kindOf(schema, field);
    if (isList(kind)) continue;
    const start = isNew ? (field.schema?.default_value ?? null) : item[field.field];
    values[field.field] = toFormValue(kind, start);
  }
  return values;
}

/** The changed fields as API values (all filled ones for a new item), and the inputs that do not parse. */
export function toPayload(
  schema: CollectionSchema,
  fields: readonly FieldInfo[],
  values: Values,
  initial: Values,
  isNew: boolean,
): { payload: Record<string, unknown>; invalid: Record<string, string> } {
  const payload: Record<string, unknown> = {};
  const invalid: Record<string, string> = {};
  for (const field of fields) {
    const kind = kindOf(schema, field);
    if (kind === 'readonly' || isList(kind) || field.meta?.readonly) continue;
    const value = values[field.field] ?? null;
    if (isNew ? value === '' : value === initial[field.field]) continue;
    try {
      payload[field.field] = toApiValue(kind, value);
    } catch (thrown) {
      if (thrown instanceof FormValueError) invalid[field.field] = thrown.message;
      else throw thrown;
    }
  }
  return { payload, invalid };
}
