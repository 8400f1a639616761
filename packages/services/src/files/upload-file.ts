import { randomUUID } from 'node:crypto';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { createItem } from '../items/create-item.js';
import { assertWriteAccess } from '../items/lib/write-target.js';
import { updateItem } from '../items/update-item.js';
import { callerPermissions, shareCallerPermissions } from '../permissions/caller-permissions.js';
import type { FileUpload } from './file-upload.js';
import type { FilesRuntime } from './files-runtime.js';
import { formatTitle } from './format-title.js';
import { filesContext } from './lib/files-context.js';
import { prepareUpload } from './lib/prepare-upload.js';
import { readDefaultFolder } from './lib/read-default-folder.js';
import { readFileFacts } from './lib/read-file-facts.js';
import { storeStream } from './lib/store-stream.js';
import { toDiskName } from './lib/to-disk-name.js';

const FILES = 'directus_files';

/**
 * Stores one uploaded file and creates its `directus_files` row (`POST /files`, one file part). The
 * caller's create access is checked before a byte is stored; the bytes stream straight to the storage
 * location (the `storage` field, else the first configured; the folder, unless given, is the settings'
 * `storage_default_folder`), then size and image facts are read back
 * and the row is written in one transaction: the caller's fields as the caller (their create
 * permission applies), the facts the server measured as the system. When the body fails midway, or
 * the row is refused, the object is removed, so neither is left without the other. Returns the key.
 *
 * @throws FORBIDDEN without create access; INVALID_PAYLOAD for a disallowed type or unknown location;
 * CONTENT_TOO_LARGE (413) above `maxUploadSize`; the errors of `createItem`.
 */
export async function uploadFile(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  upload: FileUpload,
): Promise<PrimaryKey> {
  const base = filesContext(ctx);
  await callerPermissions(base);
  assertWriteAccess(base, FILES, 'create');
  const prepared = prepareUpload(runtime, upload);
  const id = randomUUID();
  const diskName = toDiskName(id, prepared.filename);
  const size = await storeStream(prepared.driver, diskName, upload.stream, {
    maxBytes: runtime.maxUploadSize,
    contentType: prepared.type,
  });

  try {
    const facts = await readFileFacts(
      prepared.driver,
      diskName,
      { type: prepared.type, size, given: prepared.fields },
      runtime.metadataAllowList,
    );
    const folder = prepared.fields.folder === undefined ? await readDefaultFolder(base.db) : undefined;
    return await withTransaction(base, async (trx) => {
      shareCallerPermissions(base, trx);
      const key = await createItem(trx, FILES, {
        title: formatTitle(prepared.filename),
        ...(folder ? { folder } : {}),
        ...prepared.fields,
        id,
        storage: prepared.storage,
        filename_disk: diskName,
        filename_download: prepared.fields.filename_download ?? prepared.filename,
        type: prepared.type,
      });
      await updateItem({ ...trx, accountability: null }, FILES, key, {
        ...facts,
        uploaded_by: ctx.accountability?.user ?? null,
        uploaded_on: new Date().toISOString(),
      });
      return key;
    });
  } catch (error) {
    await prepared.driver.delete(diskName).catch(() => undefined);
    throw error;
  }
}
