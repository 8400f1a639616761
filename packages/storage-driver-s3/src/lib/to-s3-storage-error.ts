import { StorageError, StorageErrorCode } from '@plinth/storage';

const NOT_FOUND = new Set(['NoSuchKey', 'NotFound', 'NoSuchUpload']);

/**
 * Translates an S3 error about `key`: a missing object becomes `STORAGE_NOT_FOUND`, a range past the
 * end `STORAGE_RANGE_NOT_SATISFIABLE`; anything else (credentials, a missing bucket, the network) is
 * returned as it is, for the caller's logs.
 */
export function toS3StorageError(key: string, error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  if ((name && NOT_FOUND.has(name)) || (status === 404 && name !== 'NoSuchBucket')) {
    return new StorageError(StorageErrorCode.NotFound, `No object is stored under "${key}".`, {
      key,
      cause: error,
    });
  }
  if (name === 'InvalidRange' || status === 416) {
    return new StorageError(StorageErrorCode.RangeNotSatisfiable, `The range is past the end of "${key}".`, {
      key,
      cause: error,
    });
  }
  return error;
}
