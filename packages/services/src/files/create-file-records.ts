import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { createSystemItem, createSystemItems } from '../system/create-system-items.js';
import type { SystemCollection } from '../system/system-collection.js';
import { filesCollection } from './files-collection.js';
import type { FilesRuntime } from './files-runtime.js';

/** `directus_files` with the one default a bare record needs: the location its bytes would live in. */
function recordCollection(runtime: FilesRuntime): SystemCollection {
  return {
    ...filesCollection,
    async prepareCreate(trx, payload) {
      const checked = filesCollection.prepareCreate
        ? await filesCollection.prepareCreate(trx, payload)
        : payload;
      return typeof checked === 'object' && checked !== null && !Array.isArray(checked)
        ? { storage: runtime.storage.defaultLocation, ...checked }
        : checked;
    },
  };
}

/**
 * Creates file records without bytes (`POST /files` with a JSON object or array), as Directus does:
 * plain `directus_files` rows under the caller's create permission, `storage` defaulting to the
 * first location. Returns the keys in order.
 */
export async function createFileRecords(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  payload: unknown,
): Promise<PrimaryKey[]> {
  const system = recordCollection(runtime);
  if (Array.isArray(payload)) return createSystemItems(ctx, system, payload);
  return [await createSystemItem(ctx, system, payload)];
}
