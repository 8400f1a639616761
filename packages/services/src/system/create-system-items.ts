import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { createItem } from '../items/create-item.js';
import { createItems } from '../items/create-items.js';
import { runSystemWrite } from './lib/run-system-write.js';
import type { SystemCollection } from './system-collection.js';

/**
 * Creates one row of a system collection (`POST /roles` with an object), as `createItem` creates an
 * item, after the collection's own payload checks. Returns the new key.
 *
 * @throws the errors of `createItem`, and the collection's own (INVALID_PAYLOAD, ...).
 */
export function createSystemItem(
  ctx: ServiceContext,
  system: SystemCollection,
  payload: unknown,
): Promise<PrimaryKey> {
  return runSystemWrite(ctx, system, 'create', async ({ trx }) => {
    const prepared = system.prepareCreate ? await system.prepareCreate(trx, payload) : payload;
    return { value: await createItem(trx, system.collection, prepared), payloads: [prepared] };
  });
}

/** Creates several rows (`POST /roles` with an array) in one transaction; returns their keys in order. */
export function createSystemItems(
  ctx: ServiceContext,
  system: SystemCollection,
  payloads: readonly unknown[],
): Promise<PrimaryKey[]> {
  if (!Array.isArray(payloads)) throw new InvalidPayloadError({ reason: 'Items have to be an array' });
  return runSystemWrite(ctx, system, 'create', async ({ trx }) => {
    const prepared: unknown[] = [];
    for (const payload of payloads) {
      prepared.push(system.prepareCreate ? await system.prepareCreate(trx, payload) : payload);
    }
    return { value: await createItems(trx, system.collection, prepared), payloads: prepared };
  });
}
