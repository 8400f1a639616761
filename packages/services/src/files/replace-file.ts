import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '@plinth/errors';
import { moveObject } from '@plinth/storage';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { readKey } from '../items/lib/read-key.js';
import { writeTarget } from '../items/lib/write-target.js';
import { updateItem } from '../items/update-item.js';
import { callerPermissions, shareCallerPermissions } from '../permissions/caller-permissions.js';
import type { FileUpload } from './file-upload.js';
import type { FilesRuntime } from './files-runtime.js';
import { filesContext } from './lib/files-context.js';
import { prepareUpload } from './lib/prepare-upload.js';
import { readFileFacts } from './lib/read-file-facts.js';
import { removeStoredFile, removeVariants, type StoredFile } from './lib/remove-stored-file.js';
import { storeStream } from './lib/store-stream.js';
import { toDiskName } from './lib/to-disk-name.js';

const FILES = 'directus_files';

/**
 * Replaces the bytes of an existing file, keeping its id (`PATCH /files/:id` with a multipart body).
 * The new bytes are stored under a temporary key first; the row is updated in one transaction (the
 * caller's fields as the caller, under their update permission; size and image facts as the system);
 * only after the commit do the bytes take the file's name, and the old object (when its name
 * differs) and every cached transform of it go. A refused update leaves the old bytes untouched.
 *
 * @throws FORBIDDEN for a missing file or a caller who may not update it; the errors of `uploadFile`.
 */
export async function replaceFile(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  key: unknown,
  upload: FileUpload,
): Promise<PrimaryKey> {
  const base = filesContext(ctx);
  await callerPermissions(base);
  const id = readKey(writeTarget(base, FILES, 'update'), key) as string;
  const previous = (await base.db
    .selectFrom(FILES)
    .select(['storage', 'filename_disk'])
    .where('id', '=', id)
    .executeTakeFirst()) as StoredFile | undefined;
  if (!previous) throw new ForbiddenError();
  const prepared = prepareUpload(runtime, upload);
  const diskName = toDiskName(id, prepared.filename);
  const tempKey = `${randomUUID()}.upload`;
  const size = await storeStream(prepared.driver, tempKey, upload.stream, {
    maxBytes: runtime.maxUploadSize,
    contentType: prepared.type,
  });

  try {
    const facts = await readFileFacts(
      prepared.driver,
      tempKey,
      { type: prepared.type, size, given: prepared.fields },
      runtime.metadataAllowList,
    );
    await withTransaction(base, async (trx) => {
      shareCallerPermissions(base, trx);
      await updateItem(trx, FILES, id, {
        ...prepared.fields,
        storage: prepared.storage,
        filename_disk: diskName,
        filename_download: prepared.fields.filename_download ?? prepared.filename,
        type: prepared.type,
      });
      await updateItem({ ...trx, accountability: null }, FILES, id, {
        width: null,
        height: null,
        metadata: null,
        ...facts,
        uploaded_on: new Date().toISOString(),
      });
    });
  } catch (error) {
    await prepared.driver.delete(tempKey).catch(() => undefined);
    throw error;
  }

  await moveObject(prepared.driver, tempKey, diskName);
  await removeVariants(runtime.storage, previous).catch(() => undefined);
  if (previous.storage !== prepared.storage || previous.filename_disk !== diskName) {
    await removeStoredFile(runtime.storage, previous);
  }
  return id;
}
