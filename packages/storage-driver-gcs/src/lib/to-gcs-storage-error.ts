import { StorageError, StorageErrorCode } from '@plinth/storage';

/**
 * Translates a Cloud Storage error about `key`: 404 becomes `STORAGE_NOT_FOUND`, 416
 * `STORAGE_RANGE_NOT_SATISFIABLE`. A missing bucket (also a 404, but with "bucket" in its message),
 * bad credentials or the network pass through.
 */
export function toGcsStorageError(key: string, error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const { code, message } = error as { code?: number | string; message?: string };
  if (Number(code) === 404 && !/bucket does not exist/i.test(message ?? '')) {
    return new StorageError(StorageErrorCode.NotFound, `No object is stored under "${key}".`, {
      key,
      cause: error,
    });
  }
  if (Number(code) === 416) {
    return new StorageError(StorageErrorCode.RangeNotSatisfiable, `The range is past the end of "${key}".`, {
      key,
      cause: error,
    });
  }
  return error;
}
