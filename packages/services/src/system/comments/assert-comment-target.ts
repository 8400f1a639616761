import { InvalidPayloadError } from '@plinth/errors';
import type { ServiceContext } from '../../context/service-context.js';
import { readItem } from '../../items/read-item.js';
import { assertRecord } from '../../lib/assert-record.js';

function required(payload: Record<string, unknown>, field: string): string | number {
  const value = payload[field];
  if ((typeof value !== 'string' || value === '') && typeof value !== 'number') {
    throw new InvalidPayloadError({ reason: `"${field}" is required` });
  }
  return value;
}

/**
 * A new comment needs `comment`, `collection` and `item`, and the caller must be able to read the item
 * it is about: commenting must not confirm that an item the caller cannot see exists.
 *
 * @throws INVALID_PAYLOAD for a missing field; FORBIDDEN when the item cannot be read or does not exist.
 */
export async function assertCommentTarget(trx: ServiceContext, payload: unknown): Promise<void> {
  assertRecord(payload, 'The comment');
  required(payload, 'comment');
  const collection = String(required(payload, 'collection'));
  const item = required(payload, 'item');
  const primary = trx.schema.collections[collection]?.primary;
  await readItem(trx, collection, item, { fields: [primary ?? '*'] });
}
