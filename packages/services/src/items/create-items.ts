import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeCreateOne } from './lib/write-create-one.js';
import { runWrite } from './lib/write-session.js';

/**
 * Creates several items (`POST /items/:collection` with an array) in one transaction: all of them, or
 * none when one fails. Returns their keys in payload order. See `createItem` for events and errors.
 */
export async function createItems(
  ctx: ServiceContext,
  collection: string,
  payloads: readonly unknown[],
): Promise<PrimaryKey[]> {
  if (!Array.isArray(payloads)) throw new InvalidPayloadError({ reason: 'Items have to be an array' });
  return runWrite(ctx, async (session) => {
    const keys: PrimaryKey[] = [];
    // As in Directus, validation paths name nested positions only, never an item's place in the batch.
    for (const payload of payloads) {
      keys.push(await writeCreateOne(session, collection, payload, { path: [], parent: null }));
    }
    return keys;
  });
}
