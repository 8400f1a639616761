/**
 * The stable codes of storage errors. Values are never renamed; new codes are only added. They are not
 * wire codes: the services translate them (a missing object is a 403 `FORBIDDEN` on `/assets`, a bad key
 * a 400).
 */
export const StorageErrorCode = {
  /** No object under the key. */
  NotFound: 'STORAGE_NOT_FOUND',
  /** The key is malformed or would leave the driver's root. */
  InvalidKey: 'STORAGE_INVALID_KEY',
  /** The byte range is malformed (negative, fractional, end before start). */
  InvalidRange: 'STORAGE_INVALID_RANGE',
  /** The range starts past the last byte of the object. */
  RangeNotSatisfiable: 'STORAGE_RANGE_NOT_SATISFIABLE',
  /** A chunk does not start where the chunked write stands, or the write is gone. */
  ChunkMismatch: 'STORAGE_CHUNK_MISMATCH',
  /** A location names a driver nobody registered. */
  UnknownDriver: 'STORAGE_UNKNOWN_DRIVER',
  /** No location of that name is configured. */
  UnknownLocation: 'STORAGE_UNKNOWN_LOCATION',
  /** A location's options are missing or wrong. */
  InvalidConfig: 'STORAGE_INVALID_CONFIG',
} as const;

/** One storage error code. */
export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

/** The `name` every storage error carries; {@link isStorageError} keys on it with `code`. */
export const STORAGE_ERROR_NAME = 'StorageError';

/**
 * An error raised by a storage driver or the location manager. `key` names the object concerned when
 * there is one; `cause` keeps the backend's own error for logs.
 */
export class StorageError extends Error {
  override readonly name = STORAGE_ERROR_NAME;
  readonly code: StorageErrorCode;
  readonly key: string | undefined;

  constructor(code: StorageErrorCode, message: string, options: { key?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.key = options.key;
  }
}

/**
 * Whether `error` is a storage error, optionally of one code. Compares `name` and `code` rather than
 * `instanceof`, so errors thrown by a driver built against another copy of this package are recognised.
 */
export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown };
  if (candidate.name !== STORAGE_ERROR_NAME || typeof candidate.code !== 'string') return false;
  return code === undefined || candidate.code === code;
}
