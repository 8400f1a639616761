import { StorageError, StorageErrorCode } from '@plinth/storage';

/** The Node error code of a failed file system call, if any. */
export const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;

/** `STORAGE_NOT_FOUND` for `key`. */
export const notFound = (key: string, cause?: unknown): StorageError =>
  new StorageError(StorageErrorCode.NotFound, `No object is stored under "${key}".`, { key, cause });

/** `STORAGE_INVALID_KEY` for a key the file system cannot hold safely. */
export const unsafeKey = (key: string, reason: string, cause?: unknown): StorageError =>
  new StorageError(StorageErrorCode.InvalidKey, `Invalid storage key: ${reason}.`, { key, cause });

/**
 * Translates what the file system says about a missing or odd path: ENOENT and ENOTDIR mean nothing is
 * stored there, ELOOP that the key ends in a symbolic link, which is never followed.
 */
export function toStorageError(key: string, error: unknown): unknown {
  switch (errnoOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
      return notFound(key, error);
    case 'ELOOP':
      return unsafeKey(key, 'it names a symbolic link', error);
    default:
      return error;
  }
}
