import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeKeysByQuery } from '../items/lib/write-keys-by-query.js';
import { isItemObject } from '../items/lib/write-split-payload.js';
import { updateBatch } from '../items/update-batch.js';
import { updateItemsByKeys } from '../items/update-items-by-keys.js';
import { runSystemWrite, type SystemWriteScope } from './lib/run-system-write.js';
import type { SystemCollection } from './system-collection.js';

async function updateKeys(
  { trx, checkKeys }: SystemWriteScope,
  system: SystemCollection,
  keys: readonly unknown[],
  payload: unknown,
) {
  const checked = checkKeys(keys);
  if (checked.length === 0) return { value: [], payloads: [] };
  const prepared = system.prepareUpdate ? await system.prepareUpdate(trx, checked, payload) : payload;
  return { value: await updateItemsByKeys(trx, system.collection, checked, prepared), payloads: [prepared] };
}

/**
 * Updates one row of a system collection (`PATCH /roles/:id`), as `updateItem` does, after the
 * collection's own checks. Returns the key.
 *
 * @throws FORBIDDEN for a malformed key or a caller without access; the errors of `updateItem` and the
 * collection's own.
 */
export async function updateSystemItem(
  ctx: ServiceContext,
  system: SystemCollection,
  key: PrimaryKey,
  payload: unknown,
): Promise<PrimaryKey> {
  const [updated] = await updateSystemItemsByKeys(ctx, system, [key], payload);
  return updated ?? key;
}

/** Applies one partial payload to the rows with these keys (`PATCH /roles` with `{keys, data}`). */
export function updateSystemItemsByKeys(
  ctx: ServiceContext,
  system: SystemCollection,
  keys: readonly PrimaryKey[],
  payload: unknown,
): Promise<PrimaryKey[]> {
  if (!Array.isArray(keys)) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
  return runSystemWrite(ctx, system, 'update', (scope) => updateKeys(scope, system, keys, payload));
}

/** Applies one partial payload to the rows a query selects (`PATCH /roles` with `{query, data}`). */
export function updateSystemItemsByQuery(
  ctx: ServiceContext,
  system: SystemCollection,
  rawQuery: Record<string, unknown>,
  payload: unknown,
): Promise<PrimaryKey[]> {
  return runSystemWrite(ctx, system, 'update', async (scope) => {
    const keys = await writeKeysByQuery(scope.trx, scope.overview, rawQuery);
    return updateKeys(scope, system, keys, payload);
  });
}

/**
 * Updates several rows, each payload carrying its key (`PATCH /roles` with an array), in one
 * transaction. Returns the keys in payload order.
 *
 * @throws INVALID_PAYLOAD when an entry is not an object or has no key.
 */
export function updateSystemBatch(
  ctx: ServiceContext,
  system: SystemCollection,
  payloads: readonly unknown[],
): Promise<PrimaryKey[]> {
  if (!Array.isArray(payloads)) throw new InvalidPayloadError({ reason: 'The batch has to be an array' });
  return runSystemWrite(ctx, system, 'update', async ({ trx, overview, checkKeys }) => {
    const { primary } = overview;
    const prepared: unknown[] = [];
    for (const [index, payload] of payloads.entries()) {
      const key = isItemObject(payload) ? payload[primary] : undefined;
      if (key === undefined || key === null) {
        throw new InvalidPayloadError({ reason: `Item ${index} has no "${primary}"` });
      }
      const [checked] = checkKeys([key]);
      const { [primary]: _key, ...changes } = payload as Record<string, unknown>;
      const next = system.prepareUpdate ? await system.prepareUpdate(trx, [checked!], changes) : changes;
      prepared.push(isItemObject(next) ? { ...next, [primary]: checked } : next);
    }
    return { value: await updateBatch(trx, system.collection, prepared), payloads: prepared };
  });
}
