import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeDeleteMany } from './lib/write-delete-many.js';
import { runWrite } from './lib/write-session.js';

/** Deletes the items with these keys (`DELETE /items/:collection` with `[...]` or `{keys}`) in one transaction. */
export async function deleteItemsByKeys(
  ctx: ServiceContext,
  collection: string,
  keys: readonly PrimaryKey[],
): Promise<PrimaryKey[]> {
  if (!Array.isArray(keys)) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
  return runWrite(ctx, (session) => writeDeleteMany(session, collection, keys, null));
}
