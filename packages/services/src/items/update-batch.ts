import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { runWrite } from './lib/write-session.js';
import { isItemObject } from './lib/write-split-payload.js';
import { writeCollection } from './lib/write-target.js';
import { writeUpdateMany } from './lib/write-update-many.js';

/**
 * Updates several items, each with its own partial payload that carries its primary key (`PATCH
 * /items/:collection` with an array), in one transaction. Returns the keys in payload order.
 *
 * @throws INVALID_PAYLOAD when an entry is not an object or has no primary key.
 */
export async function updateBatch(
  ctx: ServiceContext,
  collection: string,
  payloads: readonly unknown[],
): Promise<PrimaryKey[]> {
  if (!Array.isArray(payloads)) throw new InvalidPayloadError({ reason: 'The batch has to be an array' });
  return runWrite(ctx, async (session) => {
    const { primary } = writeCollection(session.ctx, collection);
    const keys: PrimaryKey[] = [];
    for (const [index, payload] of payloads.entries()) {
      const key = isItemObject(payload) ? payload[primary] : undefined;
      if (key === undefined || key === null) {
        throw new InvalidPayloadError({ reason: `Item ${index} has no "${primary}"` });
      }
      const { [primary]: _key, ...changes } = payload as Record<string, unknown>;
      keys.push(
        ...(await writeUpdateMany(session, collection, [key], changes, { path: [index], parent: null })),
      );
    }
    return keys;
  });
}
