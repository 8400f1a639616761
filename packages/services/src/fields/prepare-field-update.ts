import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { FieldChange, FieldSchemaInput } from '@plinth/schema';
import type { FieldOverview } from '@plinth/types';
import { hasColumn } from '../lib/alias-types.js';
import { assertRecord } from '../lib/assert-record.js';
import { parseFieldPayload } from './parse-field-payload.js';
import { specialForType } from './special-for-type.js';

/** One field of a `PATCH /fields` body, checked: the column change (if any) and the meta to write. */
export interface FieldUpdate {
  field: string;
  change: FieldChange | null;
  meta: Record<string, unknown> | null;
}

const schemaKeys = [
  'default_value',
  'max_length',
  'numeric_precision',
  'numeric_scale',
  'is_nullable',
  'is_unique',
  'is_indexed',
  'is_primary_key',
  'has_auto_increment',
  'comment',
] as const;
const sizeKeys = new Set(['max_length', 'numeric_precision', 'numeric_scale']);

/** The keys of `schema` that differ from the column: clients often send back the whole object they read. */
function toSchemaChanges(
  schema: Record<string, unknown>,
  current: FieldOverview['schema'],
): FieldSchemaInput {
  const changes: Record<string, unknown> = {};
  for (const key of schemaKeys) {
    if (!(key in schema)) continue;
    if (current && JSON.stringify(current[key]) === JSON.stringify(schema[key])) continue;
    changes[key] = schema[key];
  }
  return changes as FieldSchemaInput;
}

/** A system field keeps its definition; only its index may be switched. */
function systemFieldUpdate(body: Record<string, unknown>, field: string): FieldUpdate {
  const extra = Object.keys(body).filter((key) => !['collection', 'field', 'schema'].includes(key));
  const schema = body.schema ?? {};
  assertRecord(schema, '"schema"');
  const schemaExtra = Object.keys(schema).filter((key) => key !== 'is_indexed');
  if (
    extra.length > 0 ||
    schemaExtra.length > 0 ||
    !['boolean', 'undefined'].includes(typeof schema.is_indexed)
  ) {
    throw new InvalidPayloadError({
      reason: `Only "schema.is_indexed" may change on the system field "${field}"`,
    });
  }
  if (schema.is_indexed === undefined) return { field, change: null, meta: null };
  return { field, change: { field, schema: { is_indexed: schema.is_indexed as boolean } }, meta: null };
}

/** The special flags after a type change: the old type's cast flags give way to the new type's. */
function retypedSpecial(existing: FieldOverview, type: string): string[] | null {
  const old = new Set(specialForType(existing.type) ?? []);
  const kept = existing.special.filter((flag) => !old.has(flag));
  const special = [...(specialForType(type) ?? []), ...kept];
  return special.length > 0 ? special : null;
}

function columnChange(
  existing: FieldOverview,
  type: string | undefined,
  schema: FieldSchemaInput,
): FieldChange | null {
  const resized = Object.keys(schema).some((key) => sizeKeys.has(key));
  const retyped = type !== undefined && type !== existing.type;
  if (!retyped && !resized && Object.keys(schema).length === 0) return null;
  const change: FieldChange = { field: existing.field, schema };
  if (retyped || resized) change.type = type ?? existing.type;
  return change;
}

/**
 * Checks one field of a `PATCH /fields` body against the field as it is. An unknown field is a
 * 403, like reading it; a system field may only have its index switched; an alias stays an alias
 * and a column stays a column.
 */
export function prepareFieldUpdate(existing: FieldOverview | undefined, body: unknown): FieldUpdate {
  const payload = parseFieldPayload(body);
  if (!existing) throw new ForbiddenError();
  const field = existing.field;
  if (existing.meta?.system) return systemFieldUpdate(body as Record<string, unknown>, field);
  const type = payload.type;
  if (type !== undefined && hasColumn(type) !== (existing.schema !== null)) {
    throw new InvalidPayloadError({ reason: `Field "${field}" can't change between alias and column types` });
  }
  let meta = payload.meta ? { ...payload.meta } : null;
  if (existing.schema === null) return { field, change: null, meta };
  const change = columnChange(
    existing,
    type ?? undefined,
    toSchemaChanges((payload.schema ?? {}) as Record<string, unknown>, existing.schema),
  );
  if (change?.type !== undefined && change.type !== existing.type && meta?.special === undefined) {
    meta = { ...(meta ?? {}), special: retypedSpecial(existing, change.type) };
  }
  return { field, change, meta };
}
