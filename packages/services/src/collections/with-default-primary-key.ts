import type { FieldPayload } from './collection-input.js';

/** The key a new table gets when its payload names none, as the wire protocol specifies. */
const DEFAULT_PRIMARY_KEY: FieldPayload = {
  field: 'id',
  type: 'integer',
  schema: { is_primary_key: true, has_auto_increment: true },
  meta: { hidden: true, interface: 'numeric', readonly: true },
};

/** The fields of a new table, with an auto-increment `id` first when none is a primary key. */
export function withDefaultPrimaryKey(fields: FieldPayload[]): FieldPayload[] {
  const hasKey = fields.some((field) => field.schema?.is_primary_key || field.schema?.has_auto_increment);
  return hasKey ? fields : [structuredClone(DEFAULT_PRIMARY_KEY), ...fields];
}
