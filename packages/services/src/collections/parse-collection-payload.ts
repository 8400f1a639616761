import { InvalidPayloadError } from '@plinth/errors';
import { assertValidIdentifier } from '@plinth/schema';
import { assertRecord } from '../lib/assert-record.js';
import type { CollectionPayload, FieldPayload } from './collection-input.js';

function parseField(value: unknown, index: number): FieldPayload {
  assertRecord(value, `"fields[${index}]"`);
  if (typeof value.field !== 'string')
    throw new InvalidPayloadError({ reason: `"fields[${index}].field" is required` });
  for (const key of ['schema', 'meta'] as const) {
    if (value[key] !== undefined && value[key] !== null)
      assertRecord(value[key], `"fields[${index}].${key}"`);
  }
  if (value.type !== undefined && value.type !== null && typeof value.type !== 'string') {
    throw new InvalidPayloadError({ reason: `"fields[${index}].type" must be a string` });
  }
  return value as unknown as FieldPayload;
}

/** Checks the shape of a `POST /collections` body, before anything touches the database. */
export function parseCollectionPayload(body: unknown): CollectionPayload {
  assertRecord(body, 'The collection');
  if (typeof body.collection !== 'string')
    throw new InvalidPayloadError({ reason: '"collection" is required' });
  assertValidIdentifier(body.collection, 'collection');
  for (const key of ['schema', 'meta'] as const) {
    if (body[key] !== undefined && body[key] !== null) assertRecord(body[key], `"${key}"`);
  }
  if (body.fields !== undefined && !Array.isArray(body.fields)) {
    throw new InvalidPayloadError({ reason: '"fields" must be an array' });
  }
  const fields = (body.fields ?? []).map(parseField);
  const seen = new Set<string>();
  for (const { field } of fields) {
    if (seen.has(field)) throw new InvalidPayloadError({ reason: `Field "${field}" appears twice` });
    seen.add(field);
  }
  return { ...(body as unknown as CollectionPayload), fields };
}
