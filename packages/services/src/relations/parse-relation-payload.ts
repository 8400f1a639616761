import { InvalidPayloadError } from '@plinth/errors';
import { assertRecord } from '../lib/assert-record.js';

/** A `POST /relations` body, its shape checked. */
export interface RelationPayload {
  collection: string;
  field: string;
  related_collection: string | null;
  /** `null` asks for no foreign key; absent, a key with the default rules. */
  schema: Record<string, unknown> | null | undefined;
  meta: Record<string, unknown>;
}

function optionalString(value: unknown, key: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidPayloadError({ reason: `"${key}" must be a string` });
  return value;
}

/** Checks the shape of a `POST /relations` body, before anything is looked up. */
export function parseRelationPayload(body: unknown): RelationPayload {
  assertRecord(body, 'The relation');
  for (const key of ['collection', 'field'] as const) {
    if (typeof body[key] !== 'string') throw new InvalidPayloadError({ reason: `"${key}" is required` });
  }
  if (body.schema !== undefined && body.schema !== null) assertRecord(body.schema, '"schema"');
  const meta = body.meta ?? {};
  assertRecord(meta, '"meta"');
  const action = meta.one_deselect_action;
  if (action !== undefined && action !== null && action !== 'nullify' && action !== 'delete') {
    throw new InvalidPayloadError({ reason: '"meta.one_deselect_action" must be "nullify" or "delete"' });
  }
  return {
    collection: body.collection as string,
    field: body.field as string,
    related_collection: optionalString(body.related_collection, 'related_collection'),
    schema: body.schema as Record<string, unknown> | null | undefined,
    meta,
  };
}
