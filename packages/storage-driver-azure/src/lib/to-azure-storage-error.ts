import { StorageError, StorageErrorCode } from '@plinth/storage';

/**
 * Translates an Azure error about `key`: 404 for a blob becomes `STORAGE_NOT_FOUND`, 416
 * `STORAGE_RANGE_NOT_SATISFIABLE`. A missing container, bad credentials or the network pass through.
 */
export function toAzureStorageError(key: string, error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const { statusCode, code, details } = error as {
    statusCode?: number;
    code?: string;
    details?: { errorCode?: string };
  };
  // A HEAD answer has no body: its error code arrives only in the x-ms-error-code header (details).
  const errorCode = code ?? details?.errorCode;
  if (statusCode === 404 && errorCode !== 'ContainerNotFound') {
    return new StorageError(StorageErrorCode.NotFound, `No object is stored under "${key}".`, {
      key,
      cause: error,
    });
  }
  if (statusCode === 416) {
    return new StorageError(StorageErrorCode.RangeNotSatisfiable, `The range is past the end of "${key}".`, {
      key,
      cause: error,
    });
  }
  return error;
}
