import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { runWrite } from './lib/write-session.js';
import { writeUpdateMany } from './lib/write-update-many.js';

/**
 * Applies one partial payload to the items with these keys (`PATCH /items/:collection` with
 * `{keys, data}`), in one transaction. Returns the keys. See `updateItem`.
 */
export async function updateItemsByKeys(
  ctx: ServiceContext,
  collection: string,
  keys: readonly PrimaryKey[],
  payload: unknown,
): Promise<PrimaryKey[]> {
  if (!Array.isArray(keys)) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
  return runWrite(ctx, (session) =>
    writeUpdateMany(session, collection, keys, payload, { path: [], parent: null }),
  );
}
