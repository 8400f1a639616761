import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { deleteSystemItemsByKeys, deleteSystemItemsByQuery } from '../system/delete-system-items.js';
import type { SystemCollection } from '../system/system-collection.js';
import { filesCollection } from './files-collection.js';
import type { FilesRuntime } from './files-runtime.js';
import { removeStoredFile, type StoredFile } from './lib/remove-stored-file.js';

/** Which files to delete: their keys, or a query selecting them. */
export type FileSelection = { keys: readonly PrimaryKey[] } | { query: Record<string, unknown> };

/**
 * Deletes `directus_files` rows (`DELETE /files`, `/files/:id`) in one transaction, under the caller's
 * delete permission, then, once committed, their stored objects and cached transforms. Returns the
 * deleted keys.
 *
 * @throws the errors of `deleteSystemItemsByKeys` / `deleteSystemItemsByQuery`.
 */
export async function deleteFiles(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  selection: FileSelection,
  onCleanupError?: (error: unknown) => void,
): Promise<PrimaryKey[]> {
  let stored: StoredFile[] = [];
  const system: SystemCollection = {
    ...filesCollection,
    async beforeDelete(trx, keys) {
      stored = (await trx.db
        .selectFrom(filesCollection.collection)
        .select(['storage', 'filename_disk'])
        .where('id', 'in', [...keys])
        .execute()) as StoredFile[];
    },
  };
  const keys =
    'keys' in selection
      ? await deleteSystemItemsByKeys(ctx, system, selection.keys)
      : await deleteSystemItemsByQuery(ctx, system, selection.query);
  for (const file of stored) await removeStoredFile(runtime.storage, file, onCleanupError);
  return keys;
}
