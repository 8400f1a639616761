import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { deleteItemsByKeys } from '../items/delete-items-by-keys.js';
import { writeKeysByQuery } from '../items/lib/write-keys-by-query.js';
import { runSystemWrite, type SystemWriteScope } from './lib/run-system-write.js';
import type { SystemCollection } from './system-collection.js';

async function deleteKeys({ trx, checkKeys }: SystemWriteScope, system: SystemCollection, keys: unknown[]) {
  const checked = checkKeys(keys);
  if (checked.length === 0) return { value: [], payloads: [] };
  await system.beforeDelete?.(trx, checked);
  return { value: await deleteItemsByKeys(trx, system.collection, checked), payloads: checked };
}

/**
 * Deletes the rows of a system collection with these keys (`DELETE /roles` with `[...]` or `{keys}`,
 * and `DELETE /roles/:id`) in one transaction, after the collection's own detaching. Unknown keys
 * delete nothing. Returns the keys.
 *
 * @throws FORBIDDEN for a malformed key or a caller without access; the collection's own errors.
 */
export function deleteSystemItemsByKeys(
  ctx: ServiceContext,
  system: SystemCollection,
  keys: readonly PrimaryKey[],
): Promise<PrimaryKey[]> {
  if (!Array.isArray(keys)) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
  return runSystemWrite(ctx, system, 'delete', (scope) => deleteKeys(scope, system, [...keys]));
}

/** Deletes the rows a query selects (`DELETE /roles` with `{query}`), the default limit applying. */
export function deleteSystemItemsByQuery(
  ctx: ServiceContext,
  system: SystemCollection,
  rawQuery: Record<string, unknown>,
): Promise<PrimaryKey[]> {
  return runSystemWrite(ctx, system, 'delete', async (scope) =>
    deleteKeys(scope, system, await writeKeysByQuery(scope.trx, scope.overview, rawQuery)),
  );
}
