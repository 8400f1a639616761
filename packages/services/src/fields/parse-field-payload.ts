import { InvalidPayloadError } from '@plinth/errors';
import type { FieldPayload } from '../collections/collection-input.js';
import { assertRecord } from '../lib/assert-record.js';

/** Checks the shape of one field of a `/fields` write: `{field, type?, schema?, meta?}`. */
export function parseFieldPayload(body: unknown): FieldPayload {
  assertRecord(body, 'The field');
  if (typeof body.field !== 'string') throw new InvalidPayloadError({ reason: '"field" is required' });
  for (const key of ['schema', 'meta'] as const) {
    if (body[key] !== undefined && body[key] !== null) assertRecord(body[key], `"${key}"`);
  }
  if (body.type !== undefined && body.type !== null && typeof body.type !== 'string') {
    throw new InvalidPayloadError({ reason: '"type" must be a string' });
  }
  return body as unknown as FieldPayload;
}
