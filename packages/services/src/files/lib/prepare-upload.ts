import { posix } from 'node:path';
import { InvalidPayloadError } from '@plinth/errors';
import type { StorageDriver } from '@plinth/storage';
import type { FileUpload } from '../file-upload.js';
import type { FilesRuntime } from '../files-runtime.js';
import { assertAllowedType } from './assert-allowed-type.js';

/** Where an upload's bytes go, and the row fields that follow from the request alone. */
export interface PreparedUpload {
  storage: string;
  driver: StorageDriver;
  /** The upload's own fields, less those only the server sets. */
  fields: Record<string, unknown>;
  /** The uploaded name without any directory part. */
  filename: string;
  type: string;
}

/** Fields a client may not set on an upload: the server decides where the bytes live and what they are. */
const SERVER_FIELDS = ['id', 'filename_disk', 'filesize', 'uploaded_by', 'uploaded_on', 'tus_id', 'tus_data'];

/**
 * Checks an upload before a byte is stored: the type against the allow-list, the `storage` field
 * against the configured locations, a file name present.
 *
 * @throws INVALID_PAYLOAD (400) for a disallowed type, an unknown location or a missing name.
 */
export function prepareUpload(runtime: FilesRuntime, upload: FileUpload): PreparedUpload {
  const filename = posix.basename(upload.filename.replaceAll('\\', '/'));
  if (filename === '' || filename === '.' || filename === '..') {
    throw new InvalidPayloadError({ reason: 'A file needs a file name' });
  }
  const type = upload.type || 'application/octet-stream';
  assertAllowedType(type, runtime.mimeTypeAllowList);
  const storage = upload.fields.storage ?? runtime.storage.defaultLocation;
  if (typeof storage !== 'string' || !runtime.storage.has(storage)) {
    throw new InvalidPayloadError({ reason: `Storage location "${String(storage)}" is not configured` });
  }
  const fields = Object.fromEntries(
    Object.entries(upload.fields).filter(([name]) => !SERVER_FIELDS.includes(name)),
  );
  return { storage, driver: runtime.storage.location(storage), fields, filename, type };
}
